import type { CapturedFields } from '../../model/capture';
import { linkedinSlug } from '../../model/keys';
import { all, textOnce, plain } from '../dom';

const PROFILE = 'com.linkedin.voyager.dash.identity.profile.Profile';
const POSITION = 'com.linkedin.voyager.dash.identity.profile.Position';
const GEO = 'com.linkedin.voyager.dash.common.Geo';

type Entity = Record<string, unknown>;

export interface EmbeddedRead {
  /** The profile whose publicIdentifier matches the URL's slug; empty when the page holds none. */
  fields: CapturedFields;
  /** Names of other people the page's data describes (the previous profile after in-page navigation, the viewer). */
  otherNames: string[];
}

function str(value: unknown): string {
  return typeof value === 'string' ? plain(value) : '';
}

function obj(value: unknown): Entity | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Entity) : null;
}

/** Every entity in `included` across the page's `<code id="bpr-guid-…">` blocks. */
function includedEntities(doc: Document): Entity[] {
  const out: Entity[] = [];
  for (const code of all(doc, 'code[id^="bpr-guid-"]')) {
    const text = textOnce(code);
    // Most blocks are feed or navigation data; only parse those that can hold a profile.
    if (!/identity\.profile|common\.Geo/.test(text)) continue;
    try {
      const included = obj(JSON.parse(text))?.included;
      if (Array.isArray(included)) out.push(...(included.filter(obj) as Entity[]));
    } catch {
      // A truncated or hostile block is skipped; the other layers still read the page.
    }
  }
  return out;
}

function fullName(profile: Entity): string {
  return [str(profile.firstName), str(profile.lastName)].filter(Boolean).join(' ');
}

/** The largest artifact of a vector image; LinkedIn nests it as a reference or as its resolution result. */
function pictureUrl(profile: Entity): string {
  const picture = obj(profile.profilePicture);
  const vector = obj(
    (obj(picture?.displayImageReference) ?? obj(picture?.displayImageReferenceResolutionResult))?.vectorImage,
  );
  const artifacts = (Array.isArray(vector?.artifacts) ? vector.artifacts : []).filter(obj) as Entity[];
  const best = artifacts.sort((a, b) => Number(b.width) - Number(a.width))[0];
  const root = str(vector?.rootUrl);
  const segment = str(best?.fileIdentifyingUrlPathSegment);
  return root && segment ? root + segment : '';
}

/** The identifier as a profile address would give it (decoded, NFC, lower-cased): reuses the URL rule. */
function slugOf(profile: Entity): string | null {
  return linkedinSlug(`https://www.linkedin.com/in/${str(profile.publicIdentifier)}`);
}

/**
 * LinkedIn's normalized data may split one member over several `Profile` entities with the same entityUrn, each
 * a projection with some fields (the name in one, geo and photo in another). Every part of this profile is read:
 * the one whose publicIdentifier is the URL's slug gives the urn, and parts with that urn join it unless they
 * name another identifier. Parts of anyone else (the previous profile after in-page navigation) never join.
 */
export function readEmbedded(doc: Document, slug: string): EmbeddedRead {
  const entities = includedEntities(doc);
  const profiles = entities.filter((e) => e.$type === PROFILE);
  const urn = str(profiles.find((e) => slugOf(e) === slug)?.entityUrn);
  const parts = profiles.filter((e) => urn && e.entityUrn === urn && (!e.publicIdentifier || slugOf(e) === slug));
  const otherNames = profiles
    .filter((e) => !parts.includes(e))
    .map(fullName)
    .filter(Boolean);
  // The first part that has a value gives it (no part: every field is empty, and the collector drops empties).
  const pick = (read: (part: Entity) => string) => parts.map(read).find(Boolean) ?? '';
  const geoUrn = pick((p) => str(obj(p.geoLocation)?.['*geo']));
  const geo = entities.find((e) => e.$type === GEO && e.entityUrn === geoUrn);
  // Positions name their owner inside their urn: `urn:li:fsd_profilePosition:(<profile id>,<n>)`.
  const owner = urn.slice(urn.lastIndexOf(':') + 1);
  const current = entities.find(
    (e) => e.$type === POSITION && !!urn && str(e.entityUrn).includes(`(${owner},`) && !obj(obj(e.dateRange)?.end),
  );
  const fields: CapturedFields = {
    name: pick(fullName),
    headline: pick((p) => str(p.headline)),
    about: pick((p) => str(p.summary)),
    avatarUrl: pick(pictureUrl),
    location: str(geo?.defaultLocalizedName) || pick((p) => str(p.geoLocationName) || str(p.locationName)),
    company: str(current?.companyName),
    title: str(current?.title),
  };
  return { fields, otherNames };
}
