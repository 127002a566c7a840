import { connectionFetch, type Connection } from './http';
import { errorOfStatus } from './errors';
import { propertyLine } from './vcard-text';
import type { VCardVersion } from './vcard-map';

/**
 * Does the server keep extension properties? Some hosted address books drop them, and Tsunagari's private part
 * lives in them. A throwaway card is written, read back and deleted; where the property is gone, the settings say
 * so and sync sends only the card.
 */
export async function keepsExtensionProperties(
  conn: Connection,
  bookUrl: string,
  version: VCardVersion,
): Promise<boolean> {
  const fetch = connectionFetch(conn);
  const id = `tsunagari-probe-${Math.random().toString(36).slice(2, 10)}`;
  const href = new URL(`${id}.vcf`, bookUrl.endsWith('/') ? bookUrl : `${bookUrl}/`).href;
  const marker = `probe ${id}`;
  const card = [
    'BEGIN:VCARD',
    `VERSION:${version}`,
    propertyLine('UID', id),
    propertyLine('FN', 'Tsunagari check'),
    'N:check;Tsunagari;;;',
    propertyLine('X-TSUNAGARI-PROBE', marker),
    'END:VCARD',
    '',
  ].join('\r\n');
  const put = await fetch(href, {
    method: 'PUT',
    body: card,
    headers: { 'Content-Type': 'text/vcard; charset=utf-8', 'If-None-Match': '*' },
  });
  if (!put.ok) throw errorOfStatus(put.status, 'writing a test card');
  try {
    const got = await fetch(href, { method: 'GET' });
    if (!got.ok) throw errorOfStatus(got.status, 'reading the test card back');
    return (await got.text()).replace(/\r?\n[ \t]/g, '').includes(marker);
  } finally {
    await fetch(href, { method: 'DELETE' });
  }
}
