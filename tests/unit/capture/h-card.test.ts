import { describe, expect, it } from 'vitest';
import { captureFromDocument } from '../../../utils/capture';
import { loadPage } from './load';

const read = (file: string, url: string) => captureFromDocument(loadPage(file), url);

describe('microformats2 h-card, rule by rule (microformats2 parsing spec)', () => {
  it('implies p-name from the img alt, u-url from a.h-card[href] and u-photo from its only img', () => {
    const result = read('hcard-implied-name.html', 'https://yui-matsuda.example/');
    expect(result?.source).toBe('h-card');
    expect(result?.fields).toMatchObject({
      name: 'Yui Matsuda',
      avatarUrl: 'https://yui-matsuda.example/images/yui.jpg',
      websites: ['https://yui-matsuda.example/'],
    });
    expect(result?.needsConfirmation).toBe(false);
  });

  it('implies u-url from the only link in the card, and p-name from its text', () => {
    const result = read('hcard-implied-url.html', 'https://kaito.example/about/');
    expect(result?.fields).toMatchObject({ name: 'Kaito Nishimura', websites: ['https://kaito.example/about/'] });
    expect(result?.needsConfirmation).toBe(false);
  });

  it('implies u-photo from the only img in the card, and p-name from its alt', () => {
    const result = read('hcard-implied-photo.html', 'https://roof-gardens.example/speakers/ren');
    expect(result?.fields).toMatchObject({
      name: 'Ren Aoki',
      avatarUrl: 'https://roof-gardens.example/img/ren-aoki.png',
    });
  });

  it('resolves u-photo and u-url against a relative <base href>', () => {
    const result = read('hcard-base-href.html', 'https://kite-club.example/about/officers.html');
    expect(result?.fields).toMatchObject({
      name: 'Sakura Ito',
      title: 'Treasurer',
      avatarUrl: 'https://kite-club.example/members/sakura-ito.jpg',
      websites: ['https://kite-club.example/members/sakura-ito'],
    });
  });

  it('reads classic hCard (vcard, fn, org, title, url, photo, adr locality) as h-card', () => {
    const result = read('hcard-vcard.html', 'https://goro-hayashi.example/contact');
    expect(result?.source).toBe('h-card');
    expect(result?.fields).toMatchObject({
      name: 'Goro Hayashi',
      title: 'Head brewer',
      company: 'Hayashi Sake Brewery',
      location: 'Niigata, Japan',
      avatarUrl: 'https://goro-hayashi.example/pics/goro.jpg',
      websites: ['http://goro-hayashi.example/'],
      emails: ['goro@goro-hayashi.example'],
    });
  });

  it('gives a card without a name no invented name: the capture is nameless and waits for the user', () => {
    const result = read('hcard-nameless.html', 'https://mizu-press.example/staff/4');
    expect(result?.source).toBe('h-card');
    expect(result?.fields.name).toBeUndefined();
    expect(result?.fields).toMatchObject({
      company: 'Mizu Press',
      avatarUrl: 'https://mizu-press.example/staff/4.jpg',
    });
    expect(result?.needsConfirmation).toBe(true);
  });
});

describe('which h-card a page is about', () => {
  it('takes the card whose u-uid/u-url is the page, not the first card in the markup', () => {
    const result = read('hcard-own-among-comments.html', 'https://miho-kato.example/');
    expect(result?.fields).toMatchObject({ name: 'Miho Kato', title: 'Translator', location: 'Sendai' });
    expect(result?.needsConfirmation).toBe(false);
  });

  it('marks the capture unsure when several cards are present and none is tied to the page', () => {
    const result = read('hcard-several.html', 'https://garden-day.example/speakers');
    expect(result?.fields.name).toBe('Hana Kudo');
    expect(result?.unsure).toContain('name');
    expect(result?.needsConfirmation).toBe(true);
  });
});
