import { linkedinSlug } from '../../model/keys';
import { personCore } from '../jsonld';
import { pickJsonLdPerson } from '../subject';
import { classicPublicProfile } from '../linkedin/classic';
import { readLinkedIn, type MiddleLayer } from '../linkedin/profile';
import type { CaptureResult, SourceModule } from '../types';

/**
 * The public profile's JSON-LD Person: the one whose address is this profile. Other Persons in the graph (an
 * article's author, a reviewer) never stand in for it; a lone Person without an address is taken as the subject.
 */
const publicJsonLd: MiddleLayer = (doc, url, slug, into) => {
  const pick = pickJsonLdPerson(doc, url, (candidate) => linkedinSlug(candidate) === slug);
  if (pick && (pick.tied || (pick.sure && !pick.person.url))) into.add('json-ld', personCore(pick.person, url));
};

/** LinkedIn profiles with every layer: embedded data, public JSON-LD, the pre-2017 public page, the visible page, contact info. */
export function captureLinkedIn(doc: Document, url: string): CaptureResult | null {
  return readLinkedIn(doc, url, [publicJsonLd, classicPublicProfile]);
}

export const linkedin: SourceModule = {
  id: 'linkedin',
  matchesUrl: (url) => linkedinSlug(url) !== null,
  exampleUrls: [
    'https://www.linkedin.com/in/aiko-tanaka-demo/',
    'https://jp.linkedin.com/in/kenji-mori-3a1b2c',
    'https://www.linkedin.com/in/%E5%B1%B1%E6%9C%AC-%E3%81%95%E3%81%8F%E3%82%89/?originalSubdomain=jp',
    'https://www.linkedin.com/in/haruto-sato-example/overlay/contact-info/',
  ],
  extract: (doc, url) => captureLinkedIn(doc, url),
};
