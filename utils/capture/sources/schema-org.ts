import { webKey } from '../../model/keys';
import { jsonLdPersons, personFields } from '../jsonld';
import { microdataFields, microdataPersons } from '../microdata';
import { FieldCollector, finish } from '../merge';
import type { SourceModule } from '../types';

/** schema.org Person in JSON-LD (top level, `@graph`, `ProfilePage.mainEntity`) or in microdata. */
export const schemaOrg: SourceModule = {
  id: 'schema-org',
  extract(doc, url) {
    const collected = new FieldCollector();
    const person = jsonLdPersons(doc).find((p) => typeof p.name === 'string' || typeof p.givenName === 'string');
    if (person) collected.add('json-ld', personFields(person, url));
    const item = microdataPersons(doc)[0];
    if (item) collected.add('microdata', microdataFields(item, url));
    if (!collected.fields.name) return null;
    return finish('schema-org', webKey(url), { kind: 'web', url }, collected);
  },
};
