import { describe, expect, it } from 'vitest';
import { bioFromDescription } from '../../../utils/capture/sources/mastodon';

describe('Mastodon headline', () => {
  // og:description as AccountsHelper#account_description writes it, across versions, languages and settings.
  const cases: [string, string][] = [
    ['120 Toots, 80 Following, 45 Followers · Community manager.', 'Community manager.'],
    ['1.2K Posts, 80 Following, 3.45M Followers · Type designer · Sendai', 'Type designer · Sendai'],
    ['1.2千 投稿, 80 フォロー, 45 フォロワー · 金沢で和菓子の研究', '金沢で和菓子の研究'],
    ['1,234 Beiträge, 56 Folge ich, 7 Follower · Hallo aus Köln', 'Hallo aus Köln'],
    ['12 Posts, 3 Following · Followers hidden by the account', 'Followers hidden by the account'],
    [' · Every counter hidden', 'Every counter hidden'],
    ['12 Posts, 3 Following, 4 Followers · ', ''],
    ['0 Posts, 0 Following, 1 Follower · 12 years in Kyoto, 3 cats · hi', '12 years in Kyoto, 3 cats · hi'],
    // Text that is not Mastodon's counters stays whole.
    ['3 kids, 2 cats, Tokyo', '3 kids, 2 cats, Tokyo'],
    ['Designer · 3 kids', 'Designer · 3 kids'],
  ];
  for (const [description, bio] of cases) {
    it(`takes only the bio from "${description}"`, () => {
      expect(bioFromDescription(description)).toBe(bio);
    });
  }
});
