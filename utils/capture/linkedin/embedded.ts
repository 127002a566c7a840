import type { CapturedFields } from '../../model/capture';
import { all, textOnce, plain } from '../dom';

const PROFILE = 'com.linkedin.voyager.dash.identity.profile.Profile';
const POSITION = 'com.linkedin.voyager.dash.identity.profile.Position';
const GEO = 'com.linkedin.voyager.dash.common.Geo';

type Entity = Record<string, unknown>;

export interface EmbeddedRead {
  /** The profile whose publicIdentifier matches the URL's slug, if the page holds one. */
  fields: CapturedFields | null;
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
    if (!text.includes('publicIdentifier')) continue;
    try {
      const included = obj(JSON.parse(text))?.included;
      if (Array.isArray(included)) for (const item of included) if (obj(item)) out.push(item as Entity);
    } catch {
      // A truncated or hostile block is skipped; the other layers still read the page.
    }
  }
  return out;
}

function fullName(profile: Entity): string {
  return [str(profile.firstName), str(profile.lastName)].filter(Boolean).join(' ');
}

function pictureUrl(profile: Entity): string {
  const vector = obj(obj(obj(profile.profilePicture)?.displayImageReference)?.vectorImage);
  const root = str(vector?.rootUrl);
  const artifacts = Array.isArray(vector?.artifacts) ? (vector.artifacts as unknown[]).map(obj) : [];
  let best: Entity | null = null;
  for (const artifact of artifacts) {
    if (artifact && (!best || Number(artifact.width) > Number(best.width))) best = artifact;
  }
  const segment = str(best?.fileIdentifyingUrlPathSegment);
  return root && segment ? root + segment : '';
}

function urnId(urn: string): string {
  return urn.slice(urn.lastIndexOf(':') + 1);
}

export function readEmbedded(doc: Document, slug: string): EmbeddedRead {
  const entities = includedEntities(doc);
  const otherNames: string[] = [];
  let profile: Entity | null = null;
  for (const entity of entities) {
    if (entity.$type !== PROFILE) continue;
    const id = str(entity.publicIdentifier);
    let decoded = id;
    try {
      decoded = decodeURIComponent(id);
    } catch {
      // keep as is
    }
    if (!profile && id && decoded.normalize('NFC').toLocaleLowerCase() === slug) profile = entity;
    else if (fullName(entity)) otherNames.push(fullName(entity));
  }
  if (!profile) return { fields: null, otherNames };

  const fields: CapturedFields = {};
  const name = fullName(profile);
  if (name) fields.name = name;
  const headline = str(profile.headline);
  if (headline) fields.headline = headline;
  const about = str(profile.summary);
  if (about) fields.about = about;
  const avatar = pictureUrl(profile);
  if (avatar) fields.avatarUrl = avatar;

  const geoUrn = str(obj(profile.geoLocation)?.['*geo']);
  const geo = geoUrn ? entities.find((e) => e.$type === GEO && e.entityUrn === geoUrn) : undefined;
  const location = str(geo?.defaultLocalizedName) || str(profile.geoLocationName) || str(profile.locationName);
  if (location) fields.location = location;

  // Positions name their owner inside their urn: `urn:li:fsd_profilePosition:(<profile id>,<n>)`.
  const owner = urnId(str(profile.entityUrn));
  const current = entities.find(
    (e) =>
      e.$type === POSITION &&
      owner !== '' &&
      str(e.entityUrn).includes(`(${owner},`) &&
      !obj(obj(e.dateRange)?.end),
  );
  if (current) {
    const company = str(current.companyName);
    const title = str(current.title);
    if (company) fields.company = company;
    if (title) fields.title = title;
  }
  return { fields, otherNames };
}

