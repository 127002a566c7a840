import {
  addressBookMultiGet,
  createAccount,
  createObject,
  deleteObject,
  fetchAddressBooks,
  davRequest,
  propfind,
  syncCollection,
  updateObject,
} from 'tsdav';
import { connectionFetch, type Connection } from './http';
import { errorOfStatus, SyncError } from './errors';
import type { VCardVersion } from './vcard-map';

/**
 * The DAV conversation, through tsdav (no hand-written WebDAV XML): discovery, the address book's properties,
 * RFC 6578 collection sync with an ETag listing as fallback, multiget, and conditional PUT/DELETE.
 */

export interface BookInfo {
  url: string;
  displayName: string;
  version: VCardVersion;
}

export interface CardRef {
  href: string;
  etag: string;
}

export interface Changes {
  changed: CardRef[];
  deleted: string[];
  token: string;
}

const XML_TEXT = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') {
    const v = value as { _cdata?: unknown; _text?: unknown };
    return String(v._cdata ?? v._text ?? '');
  }
  return String(value);
};

function absolute(href: string, base: string): string {
  return new URL(href, base.endsWith('/') ? base : `${base}/`).href;
}

function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

/** vCard 4.0 unless the server lists only 3.0 (Google); no list at all: 4.0 (Radicale keeps either). */
export function versionOf(supported: unknown): VCardVersion {
  const types = (Array.isArray(supported) ? supported : supported ? [supported] : []) as {
    _attributes?: { version?: unknown };
  }[];
  const versions = types.map((t) => String(t?._attributes?.version ?? ''));
  if (versions.length && !versions.includes('4.0') && versions.includes('3.0')) return '3.0';
  return '4.0';
}

async function homeOf(conn: Connection): Promise<string> {
  try {
    const account = await createAccount({
      account: { serverUrl: conn.serverUrl, accountType: 'carddav' },
      fetch: connectionFetch(conn),
    });
    if (!account.homeUrl) throw new Error('no address book home');
    return account.homeUrl;
  } catch (error) {
    if (error instanceof SyncError) throw error;
    if (error instanceof Error && /401/.test(error.message))
      throw new SyncError('auth', 'The server refused the user name or app password (401).', 401);
    throw new SyncError(
      'not-found',
      `This address does not look like a CardDAV server (${error instanceof Error ? error.message : ''}).`,
    );
  }
}

/** The user's address books (also the "Test connection": it needs the login to work). */
export async function listBooks(conn: Connection): Promise<{ home: string; books: BookInfo[] }> {
  const home = await homeOf(conn);
  const books = await fetchAddressBooks({
    account: { serverUrl: conn.serverUrl, accountType: 'carddav', homeUrl: home, rootUrl: conn.serverUrl },
    props: { 'd:displayname': {}, 'd:resourcetype': {}, 'card:supported-address-data': {} },
    fetch: connectionFetch(conn),
  });
  const info = await Promise.all(books.map((b) => bookInfo(conn, b.url)));
  return { home, books: info };
}

export async function bookInfo(conn: Connection, url: string): Promise<BookInfo> {
  const [res] = await propfind({
    url,
    props: { 'd:displayname': {}, 'card:supported-address-data': {} },
    depth: '0',
    fetch: connectionFetch(conn),
  });
  if (!res?.ok) throw errorOfStatus(res?.status ?? 0, 'that address book');
  const props = (res.props ?? {}) as Record<string, unknown>;
  return {
    url,
    displayName: XML_TEXT(props.displayname),
    version: versionOf((props.supportedAddressData as Record<string, unknown>)?.addressDataType),
  };
}

export async function createBook(conn: Connection, home: string, displayName: string): Promise<BookInfo> {
  const slug = `tsunagari-${Math.random().toString(36).slice(2, 8)}`;
  const url = absolute(`${slug}/`, home);
  const [res] = await davRequest({
    url,
    init: {
      method: 'MKCOL',
      namespace: 'd',
      body: {
        mkcol: {
          _attributes: { 'xmlns:d': 'DAV:', 'xmlns:card': 'urn:ietf:params:xml:ns:carddav' },
          set: { prop: { resourcetype: { collection: {}, 'card:addressbook': {} }, displayname: displayName } },
        },
      },
    },
    fetch: connectionFetch(conn),
  });
  if (!res || (res.status ?? 0) >= 300) throw errorOfStatus(res?.status ?? 0, 'creating an address book');
  return bookInfo(conn, url);
}

/** RFC 6578: what changed since `token` ('' = everything). null: the server lacks it or forgot the token. */
export async function changesSince(conn: Connection, book: string, token: string): Promise<Changes | null> {
  const res = await syncCollection({
    url: book,
    props: { 'd:getetag': {} },
    syncLevel: 1,
    syncToken: token,
    fetch: connectionFetch(conn),
  });
  const first = res[0];
  const raw = first?.raw as { multistatus?: { syncToken?: unknown } } | undefined;
  const next = XML_TEXT(raw?.multistatus?.syncToken);
  if (!next) return null;
  const changed: CardRef[] = [];
  const deleted: string[] = [];
  for (const r of res) {
    if (!r.href) continue;
    const href = absolute(r.href, book);
    if (href === absolute('', book)) continue;
    if (r.status === 404) deleted.push(href);
    else if (r.ok) changed.push({ href, etag: XML_TEXT((r.props as Record<string, unknown>)?.getetag) });
  }
  return { changed, deleted, token: next };
}

/** Every card's address and ETag (the fallback where collection sync is missing). */
export async function listCards(conn: Connection, book: string): Promise<CardRef[]> {
  const res = await propfind({ url: book, props: { 'd:getetag': {} }, depth: '1', fetch: connectionFetch(conn) });
  const self = absolute('', book);
  const out: CardRef[] = [];
  for (const r of res) {
    if (!r.href) continue;
    const href = absolute(r.href, book);
    if (href !== self && r.ok) out.push({ href, etag: XML_TEXT((r.props as Record<string, unknown>)?.getetag) });
  }
  if (!out.length && res.length === 1 && !res[0]!.ok)
    throw errorOfStatus(res[0]!.status ?? 0, 'the address book listing');
  return out;
}

export interface FetchedCard extends CardRef {
  text: string;
}

export async function getCards(conn: Connection, book: string, hrefs: readonly string[]): Promise<FetchedCard[]> {
  if (!hrefs.length) return [];
  const res = await addressBookMultiGet({
    url: book,
    props: { 'd:getetag': {}, 'card:address-data': {} },
    objectUrls: hrefs.map(pathOf),
    depth: '1',
    fetch: connectionFetch(conn),
  });
  const out: FetchedCard[] = [];
  for (const r of res) {
    if (!r.href || !r.ok) continue;
    const props = (r.props ?? {}) as Record<string, unknown>;
    const text = XML_TEXT(props.addressData);
    if (text) out.push({ href: absolute(r.href, book), etag: XML_TEXT(props.getetag), text });
  }
  return out;
}

export async function getCard(conn: Connection, href: string): Promise<FetchedCard | null> {
  const res = await connectionFetch(conn)(href, { method: 'GET' });
  if (res.status === 404) return null;
  if (!res.ok) throw errorOfStatus(res.status, 'reading a card');
  return { href, etag: res.headers.get('ETag') ?? '', text: await res.text() };
}

export type PutResult = { ok: true; etag: string } | { ok: false; status: number };

/** PUT with `If-Match` (an update) or `If-None-Match: *` (a new card): a 412 means someone else wrote first. */
export async function putCard(conn: Connection, href: string, text: string, etag: string | null): Promise<PutResult> {
  const headers = { 'Content-Type': 'text/vcard; charset=utf-8' };
  const res =
    etag === null
      ? await createObject({
          url: href,
          data: text,
          headers: { ...headers, 'If-None-Match': '*' },
          fetch: connectionFetch(conn),
        })
      : await updateObject({ url: href, data: text, etag: etag || undefined, headers, fetch: connectionFetch(conn) });
  if (res.ok) return { ok: true, etag: res.headers.get('ETag') ?? '' };
  if (res.status === 412 || res.status === 404) return { ok: false, status: res.status };
  throw errorOfStatus(res.status, 'saving a card');
}

export async function deleteCard(conn: Connection, href: string, etag: string): Promise<PutResult> {
  const res = await deleteObject({ url: href, etag: etag || undefined, fetch: connectionFetch(conn) });
  if (res.ok || res.status === 404) return { ok: true, etag: '' };
  if (res.status === 412) return { ok: false, status: 412 };
  throw errorOfStatus(res.status, 'deleting a card');
}
