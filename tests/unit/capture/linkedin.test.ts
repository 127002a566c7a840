import { describe, expect, it } from 'vitest';
import { captureFromDocument } from '../../../utils/capture';
import { captureLinkedIn } from '../../../utils/capture/sources/linkedin';
import { nameFromTitle } from '../../../utils/capture/linkedin/visible';
import { readLinkedIn } from '../../../utils/capture/linkedin/profile';
import { LINKEDIN_LABELS, matchLabel } from '../../../utils/capture/linkedin/labels';
import { loadPage } from './load';

const HARUTO = 'https://www.linkedin.com/in/haruto-sato-example/';
const MEI = 'https://www.linkedin.com/in/mei-suzuki-demo/';

function removeAll(doc: Document, selector: string) {
  for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
}

describe('LinkedIn layers', () => {
  it('takes fields from the embedded data when its publicIdentifier matches the slug', () => {
    const result = captureLinkedIn(loadPage('linkedin-2023.html'), HARUTO);
    expect(result?.origin).toMatchObject({
      name: 'embedded',
      headline: 'embedded',
      company: 'embedded',
      title: 'embedded',
      location: 'embedded',
      avatarUrl: 'embedded',
    });
  });

  it('reads the 2023 layout from the visible page alone when there is no embedded data', () => {
    const doc = loadPage('linkedin-2023.html');
    removeAll(doc, 'code');
    const result = captureLinkedIn(doc, HARUTO);
    expect(result?.fields).toMatchObject({
      name: 'Haruto Sato',
      headline: 'Data engineer building weather pipelines | Kumo Analytics',
      company: 'Kumo Analytics',
      location: 'Osaka, Osaka, Japan',
    });
    expect(result?.origin).toMatchObject({ name: 'heading', company: 'aria-label', location: 'top-card' });
    expect(result?.needsConfirmation).toBe(false);
  });

  it('counts strings LinkedIn writes twice (aria-hidden and visually hidden) once', () => {
    const result = captureLinkedIn(loadPage('linkedin-current.html'), MEI);
    expect(result?.fields.name).toBe('Mei Suzuki');
    expect(result?.fields.location).toBe('Kyoto, Kyoto, Japan');
  });

  it('does not take the viewer’s own photo or name from the navigation bar', () => {
    const result = captureLinkedIn(loadPage('linkedin-current.html'), MEI);
    expect(JSON.stringify(result)).not.toContain('Kobayashi');
    expect(result?.fields.avatarUrl).not.toContain('viewer');
  });

  it('reads the Japanese UI with its Japanese labels and a percent-encoded slug', () => {
    const result = captureFromDocument(
      loadPage('linkedin-ja.html'),
      'https://jp.linkedin.com/in/%E5%B1%B1%E6%9C%AC-%E3%81%95%E3%81%8F%E3%82%89-demo',
    );
    expect(result?.profileKey).toBe('linkedin:山本-さくら-demo');
    expect(result?.origin.company).toBe('aria-label');
    expect(result?.fields.company).toBe('株式会社ひだまり設計');
  });

  it('reads the contact-info overlay only on its own URL', () => {
    const overlay = captureLinkedIn(loadPage('linkedin-contact-info.html'), `${HARUTO}overlay/contact-info/`);
    expect(overlay?.origin).toMatchObject({ emails: 'contact-info', phones: 'contact-info', birthday: 'contact-info' });
    // The LinkedIn profile link and the javascript: link are not the person's websites.
    expect(overlay?.fields.websites).toEqual(['https://haruto.example/']);
    const profile = captureLinkedIn(loadPage('linkedin-contact-info.html'), HARUTO);
    expect(profile?.fields.emails).toBeUndefined();
  });

  it('uses the public JSON-LD, but not a Person that describes another profile', () => {
    const doc = loadPage('linkedin-public-jp.html');
    const script = doc.querySelector('script[type="application/ld+json"]');
    script!.textContent = (script!.textContent ?? '').replaceAll('kenji-mori-3a1b2c', 'someone-else-000');
    const result = captureLinkedIn(doc, 'https://jp.linkedin.com/in/kenji-mori-3a1b2c');
    expect(result?.origin.name).not.toBe('json-ld');
    expect(result?.fields.company).toBeUndefined();
    expect(result?.fields.name).toBe('Kenji Mori');
  });

  it('returns null for LinkedIn pages that are not profiles', () => {
    expect(captureFromDocument(loadPage('linkedin-2023.html'), 'https://www.linkedin.com/feed/')).toBeNull();
  });
});

describe('stale embedded data after in-page navigation', () => {
  it('ignores the previous person’s embedded profile and reads the new person from the page', () => {
    const result = captureLinkedIn(loadPage('linkedin-stale.html'), MEI);
    expect(result?.fields).toMatchObject({
      name: 'Mei Suzuki',
      headline: 'Community manager · Coffee meetups for designers in Kyoto',
      company: 'Tsumiki Studio',
      location: 'Kyoto, Kyoto, Japan',
    });
    const text = JSON.stringify(result);
    for (const stale of ['Haruto', 'Kumo', 'Osaka', 'Senior Data Engineer', 'D5603AQHaruto'])
      expect(text).not.toContain(stale);
    expect(Object.values(result?.origin ?? {})).not.toContain('embedded');
  });

  it('asks for confirmation while the page still shows the previous person under the new URL', () => {
    // The URL moved to Mei, but LinkedIn has not re-rendered: title, top card and data are still Haruto's.
    const result = captureLinkedIn(loadPage('linkedin-2023.html'), MEI);
    expect(result?.profileKey).toBe('linkedin:mei-suzuki-demo');
    expect(result?.fields.name).toBe('Haruto Sato');
    expect(result?.unsure).toContain('name');
    expect(result?.needsConfirmation).toBe(true);
  });

  it('marks the name unsure when the title and the name heading disagree', () => {
    const doc = loadPage('linkedin-current.html');
    doc.title = 'Someone Else | LinkedIn';
    const result = captureLinkedIn(doc, MEI);
    expect(result?.unsure).toContain('name');
    expect(result?.needsConfirmation).toBe(true);
  });
});

describe('LinkedIn signals kept as data', () => {
  it('strips the notification count and the public title parts', () => {
    expect(nameFromTitle('(3) Aiko Tanaka | LinkedIn')).toBe('Aiko Tanaka');
    expect(nameFromTitle('(99+) Aiko Tanaka | LinkedIn')).toBe('Aiko Tanaka');
    expect(nameFromTitle('Kenji Mori - Robotics Engineer - Nagi Robotics | LinkedIn')).toBe('Kenji Mori');
    expect(nameFromTitle('Feed | LinkedIn')).toBe('Feed');
    expect(nameFromTitle('Aiko Tanaka')).toBe('');
  });

  it('matches the company label in English and Japanese', () => {
    expect(
      matchLabel(LINKEDIN_LABELS.currentCompany, 'Current company: Hoshizora Labs. Click to skip to experience card'),
    ).toBe('Hoshizora Labs');
    expect(
      matchLabel(LINKEDIN_LABELS.currentCompany, '現在の会社: 株式会社ひだまり設計。クリックして職歴カードに移動'),
    ).toBe('株式会社ひだまり設計');
    expect(
      matchLabel(LINKEDIN_LABELS.currentCompany, 'Education: Somewhere. Click to skip to education card'),
    ).toBeNull();
  });

  it('has only patterns that compile and match an example', () => {
    const examples: Record<keyof typeof LINKEDIN_LABELS, string[]> = {
      currentCompany: [
        'Current company: X. Click to skip to experience card',
        '現在の会社: X。クリックして職歴カードに移動',
      ],
      email: ['Email', 'メール'],
      phone: ['Phone', '電話番号'],
      websites: ['Website', 'ウェブサイト', 'Webサイト'],
      birthday: ['Birthday', '誕生日'],
      notHeadline: ['She/Her', '· 2nd', '2次のつながり', 'Verified'],
    };
    for (const [key, patterns] of Object.entries(LINKEDIN_LABELS)) {
      const texts = examples[key as keyof typeof LINKEDIN_LABELS];
      for (const pattern of patterns)
        expect(
          texts.some((t) => pattern.test(t)),
          `${key} ${pattern}`,
        ).toBe(true);
    }
  });
});

describe('the content script’s lighter read (no JSON-LD layer)', () => {
  it('still finds the person on a public page from the title and headings', async () => {
    const { readLinkedIn } = await import('../../../utils/capture/linkedin/profile');
    const result = readLinkedIn(
      loadPage('linkedin-public-jp.html'),
      'https://jp.linkedin.com/in/kenji-mori-3a1b2c',
      [],
    );
    expect(result?.fields).toMatchObject({
      name: 'Kenji Mori',
      headline: 'Robotics engineer · grippers for small farms',
    });
    expect(Object.values(result?.origin ?? {})).not.toContain('json-ld');
    expect(result?.needsConfirmation).toBe(false);
  });

  it('reads the same as the full source on logged-in pages', async () => {
    const { readLinkedIn } = await import('../../../utils/capture/linkedin/profile');
    for (const [file, url] of [
      ['linkedin-2023.html', HARUTO],
      ['linkedin-current.html', MEI],
      ['linkedin-stale.html', MEI],
      ['linkedin-contact-info.html', `${HARUTO}overlay/contact-info/`],
    ] as const) {
      expect(readLinkedIn(loadPage(file), url, [])).toEqual(captureLinkedIn(loadPage(file), url));
    }
  });
});

describe('LinkedIn layouts issue 14 found read wrong', () => {
  it('reads the location and current company of the pre-2017 public page (h1#name.fn, .locality, "Current" row)', () => {
    const result = captureFromDocument(
      loadPage('linkedin-public-2015.html'),
      'https://www.linkedin.com/in/haruka-endo-demo',
    );
    expect(result?.fields).toMatchObject({
      name: 'Haruka Endo',
      headline: 'Marine biologist studying kelp forests',
      location: 'Sendai, Miyagi, Japan',
      company: 'Umi Coastal Institute',
      avatarUrl: 'https://media.licdn.com/mpr/mpr/shrinknp_200_200/p/3/000/0aa/1bb/haruka.jpg',
    });
    expect(result?.needsConfirmation).toBe(false);
  });

  it('joins every embedded entity of the profile (name in one, geo and photo in another), never the previous person’s', () => {
    const result = captureFromDocument(
      loadPage('linkedin-split-entities.html'),
      'https://www.linkedin.com/in/kaede-yoshimura-demo/',
    );
    expect(result?.fields).toMatchObject({
      name: 'Kaede Yoshimura',
      headline: 'Urban planner · bike lanes and bus stops',
      location: 'Kanazawa, Ishikawa, Japan',
      company: 'Kanazawa Mobility Lab',
      title: 'Urban Planner',
      avatarUrl:
        'https://media.licdn.com/dms/image/v2/D5603AQKaede/profile-displayphoto-shrink_800_800/0/1720000000000?e=1790000000&v=beta',
    });
    expect(result?.origin).toMatchObject({ location: 'embedded', avatarUrl: 'embedded' });
    expect(result?.needsConfirmation).toBe(false);
    // The always-on content script reads the same (it runs readLinkedIn without the middle layers).
    const button = readLinkedIn(
      loadPage('linkedin-split-entities.html'),
      'https://www.linkedin.com/in/kaede-yoshimura-demo/',
      [],
    );
    expect(button?.fields).toMatchObject({ location: 'Kanazawa, Ishikawa, Japan', company: 'Kanazawa Mobility Lab' });
    expect(button?.fields.avatarUrl).toContain('D5603AQKaede');
  });

  it('takes nothing from a previous person’s split entities when the new profile has no embedded data yet', () => {
    const doc = loadPage('linkedin-split-entities.html');
    for (const code of Array.from(doc.querySelectorAll('code'))) if (code.textContent?.includes('Kaede')) code.remove();
    const result = captureFromDocument(doc, 'https://www.linkedin.com/in/kaede-yoshimura-demo/');
    expect(result?.fields.location).toBeUndefined();
    expect(result?.fields.avatarUrl).toBeUndefined();
    expect(result?.fields.company).toBeUndefined();
    expect(result?.fields.name).toBe('Kaede Yoshimura');
  });
});
