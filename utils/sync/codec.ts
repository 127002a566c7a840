import { decryptText, encryptText, type SyncKey } from './crypto';
import type { PrivatePart, SyncRecord } from './record';
import { plainWire, recordToVCard, vcardToParsed, type VCardVersion } from './vcard-map';

/** A record to the vCard text a server stores: the private part readable, or sealed with the key. */
export async function encodeRecord(
  record: SyncRecord,
  version: VCardVersion,
  key: SyncKey | null,
  now = Date.now(),
): Promise<string> {
  if (!record.private) return recordToVCard(record, null, version, now);
  const json = JSON.stringify(record.private);
  const wire = key ? { kind: 'encrypted' as const, text: await encryptText(key, json) } : plainWire(record.private);
  return recordToVCard(record, wire, version, now);
}

export interface DecodedCard {
  record: SyncRecord;
  rev: number | null;
  /** The card carries an encrypted part this browser cannot open (no passphrase yet): the card alone is used. */
  locked: boolean;
  /** The card had a Tsunagari part at all (else: a card the user had before, or one a phone stripped). */
  fromTsunagari: boolean;
}

function parsePrivate(text: string): PrivatePart | null {
  try {
    const value = JSON.parse(text) as PrivatePart;
    return value && typeof value === 'object' && value.fieldSeenAt && value.writtenCard ? value : null;
  } catch {
    return null;
  }
}

export async function decodeCard(text: string, key: SyncKey | null): Promise<DecodedCard | null> {
  const parsed = vcardToParsed(text);
  if (!parsed || !parsed.id) return null;
  let part: PrivatePart | null = null;
  let locked = false;
  if (parsed.wire?.kind === 'plain') part = parsePrivate(parsed.wire.text);
  else if (parsed.wire?.kind === 'encrypted') {
    if (key) part = parsePrivate(await decryptText(key, parsed.wire.text));
    else locked = true;
  }
  return {
    record: { id: parsed.id, card: parsed.card, private: part },
    rev: parsed.rev,
    locked,
    fromTsunagari: parsed.wire !== null,
  };
}
