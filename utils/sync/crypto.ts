/**
 * End-to-end encryption of the Tsunagari part of a card (issue 18): PBKDF2-SHA-256 (600,000 iterations, the
 * OWASP 2023 figure) derives an AES-256-GCM key from the passphrase; each card gets a fresh 12-byte IV. The salt
 * is per address book (stored in the sync settings and on every card), so one derivation serves a whole sync.
 * Wire text: `v1.<iterations>.<salt b64>.<iv b64>.<ciphertext b64>`.
 */

export const PBKDF2_ITERATIONS = 600_000;

function b64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function unb64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export interface SyncKey {
  key: CryptoKey;
  salt: string;
  iterations: number;
}

export function newSalt(): string {
  return b64(crypto.getRandomValues(new Uint8Array(16)));
}

export async function deriveKey(passphrase: string, salt: string, iterations = PBKDF2_ITERATIONS): Promise<SyncKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: unb64(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt, iterations };
}

export async function encryptText(k: SyncKey, plain: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k.key, new TextEncoder().encode(plain)),
  );
  return ['v1', String(k.iterations), k.salt, b64(iv), b64(sealed)].join('.');
}

/** The salt and iterations a card was sealed with, so another browser can derive the same key. */
export function wireParams(wire: string): { salt: string; iterations: number } | null {
  const [v, iterations, salt] = wire.split('.');
  if (v !== 'v1' || !salt || !Number(iterations)) return null;
  return { salt, iterations: Number(iterations) };
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The encryption passphrase does not open this address book.');
  }
}

export async function decryptText(k: SyncKey, wire: string): Promise<string> {
  const [v, , salt, iv, sealed] = wire.split('.');
  if (v !== 'v1' || !iv || !sealed || salt !== k.salt) throw new WrongPassphraseError();
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(iv) }, k.key, unb64(sealed));
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}
