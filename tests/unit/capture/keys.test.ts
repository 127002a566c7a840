import { describe, expect, it } from 'vitest';
import { githubKey, keysForUrl, linkedinKey, mastodonKey, webKey, xKey } from '../../../utils/model/keys';

describe('canonical keys for other sites', () => {
  it('gives one LinkedIn key across subdomains, trailing paths, queries and percent-encoding', () => {
    const urls = [
      'https://www.linkedin.com/in/%E5%B1%B1%E6%9C%AC-%E3%81%95%E3%81%8F%E3%82%89-demo/',
      'https://jp.linkedin.com/in/%E5%B1%B1%E6%9C%AC-%E3%81%95%E3%81%8F%E3%82%89-DEMO?trk=x',
      'https://www.linkedin.com/in/山本-さくら-demo/overlay/contact-info/',
    ];
    expect(new Set(urls.map(linkedinKey))).toEqual(new Set(['linkedin:山本-さくら-demo']));
  });

  it('keys GitHub users by login, not repositories', () => {
    expect(githubKey('https://github.com/Aiko-Tanaka-Demo/')).toBe('github:aiko-tanaka-demo');
    expect(githubKey('https://github.com/aiko/repo')).toBeNull();
    expect(githubKey('https://github.com/explore')).toBeNull();
  });

  it('keys X handles on x.com and twitter.com alike', () => {
    expect(xKey('https://twitter.com/Kenji_Mori')).toBe('x:kenji_mori');
    expect(xKey('https://x.com/kenji_mori/media')).toBe('x:kenji_mori');
    expect(xKey('https://x.com/i/flow/login')).toBeNull();
  });

  it('keys a Mastodon account only on its home server, never from a path on another host (issue 12 item 6)', () => {
    expect(mastodonKey('https://mastodon.example/@Mei')).toBe('mastodon:mei@mastodon.example');
    expect(mastodonKey('https://mastodon.example/@mei@Mastodon.example')).toBe('mastodon:mei@mastodon.example');
    expect(mastodonKey('https://other.example/@mei@mastodon.example')).toBeNull();
    expect(mastodonKey('https://evil.example/@victim@mastodon.social')).toBeNull();
    expect(mastodonKey('https://sub.mastodon.social/@victim@mastodon.social')).toBeNull();
    expect(keysForUrl('https://evil.example/@victim@mastodon.social')).toEqual([
      'web:evil.example/@victim@mastodon.social',
    ]);
    expect(mastodonKey('https://medium.com/@mei')).toBeNull();
  });

  it('lists the keys a page may claim', () => {
    expect(keysForUrl('https://github.com/aiko')).toEqual(['github:aiko', webKey('https://github.com/aiko')]);
    expect(keysForUrl('chrome://settings')).toEqual([]);
  });
});
