import { webKey } from '../../model/keys';
import { sameText } from '../dom';
import { personFields } from '../jsonld';
import { microdataFields } from '../microdata';
import { FieldCollector, finish } from '../merge';
import { IDENTITY_FIELDS, pickJsonLdPerson, pickMicrodataPerson } from '../subject';
import type { SourceModule } from '../types';

/**
 * schema.org Person in JSON-LD (top level, `@graph`, `ProfilePage.mainEntity`) or in microdata: the Person the
 * page is about (utils/capture/subject.ts), unsure when the page does not say which one that is.
 */
export const schemaOrg: SourceModule = {
  id: 'schema-org',
  extract(doc, url) {
    const page = webKey(url);
    const isPage = (candidate: string) => page !== null && webKey(candidate) === page;
    const json = pickJsonLdPerson(doc, url, isPage);
    const micro = pickMicrodataPerson(doc, url, isPage);
    const reads = [
      json && { layer: 'json-ld' as const, fields: personFields(json.person, url), tied: json.tied, sure: json.sure },
      micro && {
        layer: 'microdata' as const,
        fields: microdataFields(micro.person, url),
        tied: micro.tied,
        sure: micro.sure,
      },
    ]
      .filter((read) => read !== null)
      .sort((a, b) => Number(b.tied) - Number(a.tied) || Number(b.sure) - Number(a.sure));
    const best = reads[0];
    if (!best) return null;
    const collected = new FieldCollector().add(best.layer, best.fields, best.sure ? [] : IDENTITY_FIELDS);
    // The other notation fills gaps only when it describes the same person.
    const other = reads[1];
    if (other && sameText(other.fields.name, best.fields.name))
      collected.add(other.layer, other.fields, best.sure ? [] : IDENTITY_FIELDS);
    if (!collected.fields.name) return null;
    return finish('schema-org', page, { kind: 'web', url }, collected);
  },
};
