import { githubKey, githubLogin } from '../../model/keys';
import { absoluteUrl, all, attr, first, textOnce } from '../dom';
import { microdataFields, microdataPersons } from '../microdata';
import { FieldCollector, finish } from '../merge';
import type { SourceModule } from '../types';

/** GitHub user pages mark the person up as a schema.org Person with microformats classes beside it. */
export const github: SourceModule = {
  id: 'github',
  matchesUrl: (url) => githubLogin(url) !== null,
  exampleUrls: ['https://github.com/aiko-tanaka-demo', 'https://github.com/KenjiMori/'],
  extract(doc, url) {
    const login = githubLogin(url);
    if (!login) return null;
    const collected = new FieldCollector();
    const item = microdataPersons(doc)[0];
    if (item) {
      const fields = microdataFields(item, url);
      // The bio sits in a p-note block, which GitHub does not mark with itemprop.
      const bio = textOnce(first(item, '.p-note'));
      collected.add('microdata', { ...fields, headline: bio, about: undefined });
    }
    const social = all(doc, '[itemprop="social"] a[href], .vcard-details a[rel~="me"]').map((a) =>
      absoluteUrl(attr(a, 'href'), url),
    );
    collected.add('page', {
      websites: social,
      emails: all(doc, 'a.u-email[href^="mailto:"]').map((a) => attr(a, 'href')),
    });
    const nickname = textOnce(first(doc, '.p-nickname, [itemprop="additionalName"]'));
    if (!item && !nickname) return null;
    // Accounts without a display name still have their login: a name, but one worth a look.
    collected.add('page', { name: nickname || login }, ['name']);
    return finish('github', githubKey(url), { kind: 'github', url: `https://github.com/${login}` }, collected);
  },
};
