import { mastodonAccount, mastodonKey, webKey } from '../../model/keys';
import { absoluteUrl, all, attr, first, metaContent, textOnce } from '../dom';
import { FieldCollector, finish } from '../merge';
import type { SourceModule } from '../types';

/** Mastodon's page shell: the app root, or the ActivityPub alternate link every profile page carries. */
function isMastodon(doc: Document): boolean {
  return first(doc, '#mastodon, link[rel="alternate"][type="application/activity+json"]') !== null;
}

/**
 * Mastodon's og:description is "<posts>, <following>, <followers> · <bio>" (AccountsHelper#account_description):
 * each counter a number as `number_to_human` writes it ("120", "1.2K", "3.4万") and a word in the server's
 * language ("Toots", "Posts", "投稿"), any of them hidden by the account's settings. Only the bio is a headline.
 */
const COUNTERS = /^\s*(?:\d[\d.,\u00a0\u202f]*\s?[^\s\d,·]{0,3}\s+[^,·]{1,30}?(?:,\s*|\s*(?=·)))*·\s*/u;

export function bioFromDescription(description: string): string {
  return description.replace(COUNTERS, '').trim();
}

export const mastodon: SourceModule = {
  id: 'mastodon',
  matchesUrl: (url) => mastodonAccount(url) !== null,
  exampleUrls: ['https://mastodon.example/@aiko', 'https://fosstodon.example/@kenji@mastodon.example'],
  extract(doc, url) {
    const account = mastodonAccount(url);
    if (!account || !isMastodon(doc)) return null;
    const collected = new FieldCollector();
    // og:title is "Display Name (@user@server)".
    const ogTitle = metaContent(doc, 'og:title').replace(/\s*\(@[^)]*\)\s*$/, '');
    collected.add('open-graph', {
      name: ogTitle,
      headline: bioFromDescription(metaContent(doc, 'og:description')),
      avatarUrl: absoluteUrl(metaContent(doc, 'og:image'), url),
    });
    // Profile metadata fields: verified links (rel="me") are the person's own sites.
    const links = all(doc, '.account__header__fields a[href], a[rel~="me"][href]').map((a) =>
      absoluteUrl(attr(a, 'href'), url),
    );
    collected.add('page', { websites: links });
    const header = first(doc, '.account__header__tabs__name h1');
    const small = header ? textOnce(first(header, 'small')) : '';
    if (header) collected.add('page', { name: textOnce(header).replace(small, '').trim() });
    if (!collected.fields.name) return null;
    const key = mastodonKey(url);
    // A remote account shown by another server: that server's page is not the account's own address.
    if (!key) return finish('mastodon', webKey(url), { kind: 'web', url }, collected);
    const [user, host] = account.split('@');
    return finish('mastodon', key, { kind: 'mastodon', url: `https://${host}/@${user}` }, collected);
  },
};
