import { describe, expect, it } from 'vitest';
import { captureFromDocument } from '../../../utils/capture';
import { acceptForDirectSave } from '../../../utils/messaging/capture-acceptance';
import { loadPage } from './load';

const read = (file: string, url: string) => captureFromDocument(loadPage(file), url);

describe('the person a page with several is about', () => {
  it('never takes a blog comment author as the page’s person without the user’s look', () => {
    const url = 'https://crumb-notes.example/2026/03/sourdough';
    const result = read('microdata-blog-comments.html', url);
    expect(result?.source).toBe('schema-org');
    expect(result?.unsure).toContain('name');
    expect(result?.needsConfirmation).toBe(true);
    expect(acceptForDirectSave({ selection: '', capture: result }, url)).toBeNull();
  });

  it('takes the ProfilePage’s mainEntity in microdata, not a guestbook author above it', () => {
    const result = read('microdata-profile-guestbook.html', 'https://shonan-rowing.example/members/erika');
    expect(result?.fields).toMatchObject({
      name: 'Erika Fujii',
      title: 'Coach',
      company: 'Shonan Rowing Club',
      location: 'Fujisawa, Japan',
    });
    expect(result?.needsConfirmation).toBe(false);
  });

  it('takes the JSON-LD Person whose url is the page, not a post’s author listed first in the @graph', () => {
    const result = read('jsonld-graph-author.html', 'https://tomoko-arai.example/about/');
    expect(result?.fields).toMatchObject({
      name: 'Tomoko Arai',
      title: 'Potter',
      company: 'Arai Kiln',
      location: 'Mashiko, JP',
    });
    expect(result?.needsConfirmation).toBe(false);
  });

  it('marks the capture unsure when several Persons are present and none is tied to the page', () => {
    const result = read('jsonld-team.html', 'https://yuzu-design.example/team');
    expect(result?.fields.name).toBe('Daisuke Ogawa');
    expect(result?.unsure).toEqual(expect.arrayContaining(['name', 'company', 'title']));
    expect(result?.needsConfirmation).toBe(true);
  });

  it('keeps a LinkedIn public profile’s company and location when its @graph also names a reviewer and an author', () => {
    const result = read('linkedin-public-graph.html', 'https://jp.linkedin.com/in/kenji-mori-3a1b2c');
    expect(result?.fields).toMatchObject({
      name: 'Kenji Mori',
      company: 'Nagi Robotics',
      title: 'Robotics Engineer',
      location: 'Fukuoka, JP',
    });
    expect(result?.origin).toMatchObject({ company: 'json-ld', location: 'json-ld' });
    expect(result?.needsConfirmation).toBe(false);
  });
});
