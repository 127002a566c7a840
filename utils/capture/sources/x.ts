import { xHandle, xKey } from '../../model/keys';
import { absoluteUrl, attr, first, pageTitle, textOnce } from '../dom';
import { jsonLdPersons, personFields } from '../jsonld';
import { FieldCollector, finish } from '../merge';
import type { SourceModule } from '../types';

function byTestId(doc: Document, id: string): Element | null {
  return first(doc, `[data-testid="${id}"]`);
}

/** X (Twitter) profiles: the ProfilePage JSON-LD when present, then the profile header's data-testid hooks. */
export const x: SourceModule = {
  id: 'x',
  matchesUrl: (url) => xHandle(url) !== null,
  exampleUrls: ['https://x.com/aiko_tanaka_x', 'https://twitter.com/KenjiMori_dev/with_replies'],
  extract(doc, url) {
    const handle = xHandle(url);
    if (!handle) return null;
    const collected = new FieldCollector();
    for (const person of jsonLdPersons(doc)) {
      const fields = personFields(person, url);
      // X's JSON-LD puts the display name in givenName and the handle in additionalName.
      const additional = typeof person.additionalName === 'string' ? person.additionalName.toLowerCase() : '';
      if (additional && additional !== handle) continue;
      collected.add('json-ld', { ...fields, headline: fields.about, about: undefined, websites: undefined });
      break;
    }
    // "Aiko Tanaka (@aiko_tanaka_demo) / X"
    const title = /^(?:\(\d+\)\s*)?(.+?)\s*\(@([A-Za-z0-9_]+)\)\s*\/\s*(?:X|Twitter)\s*$/.exec(pageTitle(doc));
    if (title?.[1] && title[2]?.toLowerCase() === handle) collected.add('title', { name: title[1] });
    const userName = byTestId(doc, 'UserName');
    const nameSpan = userName ? textOnce(first(userName, 'span')) : '';
    collected.add('page', {
      name: nameSpan,
      headline: textOnce(byTestId(doc, 'UserDescription')),
      location: textOnce(byTestId(doc, 'UserLocation')),
    });
    const photo = first(doc, 'a[href$="/photo" i] img');
    if (photo) collected.add('page', { avatarUrl: absoluteUrl(attr(photo, 'src'), url) });
    // The website link goes through t.co; its text is the real address unless X shortened it with "…".
    const shown = textOnce(byTestId(doc, 'UserUrl'));
    if (shown && !shown.includes('…') && /^[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(shown)) {
      collected.add('page', { websites: [`https://${shown}`] });
    }
    if (!collected.fields.name) return null;
    return finish('x', xKey(url), { kind: 'x', url: `https://x.com/${handle}` }, collected);
  },
};
