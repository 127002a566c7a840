import { TsunagariDB } from '../../../utils/db/database';
import type { CapturePayload } from '../../../utils/model/capture';

let counter = 0;

/** A fresh database per test, so tests never see each other's rows. */
export function testDb(): TsunagariDB {
  counter += 1;
  return new TsunagariDB(`tsunagari-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function linkedinPayload(slug: string, fields: CapturePayload['fields']): CapturePayload {
  return {
    source: 'linkedin',
    profileKey: `linkedin:${slug}`,
    profile: { kind: 'linkedin', url: `https://www.linkedin.com/in/${slug}/` },
    fields,
  };
}
