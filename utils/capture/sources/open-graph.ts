import { webKey } from '../../model/keys';
import { absoluteUrl, metaContent } from '../dom';
import { FieldCollector, finish } from '../merge';
import type { SourceModule } from '../types';

/** Open Graph `og:type=profile` pages (ogp.me/#type_profile). */
export const openGraph: SourceModule = {
  id: 'open-graph',
  extract(doc, url) {
    if (metaContent(doc, 'og:type').toLowerCase() !== 'profile') return null;
    const given = [metaContent(doc, 'profile:first_name'), metaContent(doc, 'profile:last_name')]
      .filter(Boolean)
      .join(' ');
    const collected = new FieldCollector();
    if (given) collected.add('open-graph', { name: given });
    // og:title is often "Name – Site": usable, but the user should look at it.
    collected.add('open-graph', { name: metaContent(doc, 'og:title') }, ['name']);
    collected.add('open-graph', {
      about: metaContent(doc, 'og:description'),
      avatarUrl: absoluteUrl(metaContent(doc, 'og:image'), url),
    });
    if (!collected.fields.name) return null;
    return finish('open-graph', webKey(url), { kind: 'web', url }, collected);
  },
};
