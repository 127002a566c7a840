import type { Contact } from '../../utils/model/contact';
import { MET_CONTEXTS } from '../../utils/model/contact';
import type { Note } from '../../utils/model/note';
import type { Interaction } from '../../utils/model/interaction';
import { INTERACTION_KINDS } from '../../utils/model/interaction';
import { DAY_MS, computeDueAt } from '../../utils/cadence/due';
import { linkedinKey } from '../../utils/model/keys';
import { intBetween, pick, seededId, seededRng, type Rng } from './prng';
import * as words from './vocabulary';

export interface DataSet {
  contacts: Contact[];
  notes: Note[];
  interactions: Interaction[];
}

const CADENCES = [14, 30, 30, 60, 90, 90, 90, 180, 365];

export function inventedName(rng: Rng): { name: string; first: string; last: string } {
  if (rng() < 0.4) {
    const last = pick(rng, words.JA_FAMILY);
    const first = pick(rng, words.JA_GIVEN);
    return { name: `${last} ${first}`, first, last };
  }
  const first = pick(rng, words.LATIN_GIVEN);
  const last = pick(rng, words.LATIN_FAMILY);
  return { name: `${first} ${last}`, first, last };
}

function slug(text: string, rng: Rng): string {
  const ascii = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${ascii || 'member'}-${Math.floor(rng() * 0xffffff).toString(16)}`;
}

/**
 * `size` people as a user with years of use would have them: most on a cadence, 0–6 talks each over two years,
 * about one note per person, a few archived or snoozed. Times are relative to `now`, so the share of people
 * overdue is the same whatever day the bench runs; the same seed and `now` give the same rows.
 */
export function generateDataSet(size: number, now: number, seed = 20_261_127): DataSet {
  const rng = seededRng(seed + size);
  const contacts: Contact[] = [];
  const notes: Note[] = [];
  const interactions: Interaction[] = [];
  for (let i = 0; i < size; i += 1) {
    const id = seededId(rng);
    const { name } = inventedName(rng);
    const company = pick(rng, words.COMPANIES);
    const title = pick(rng, words.TITLES);
    const createdAt = now - intBetween(rng, 1, 3 * 365) * DAY_MS - intBetween(rng, 0, DAY_MS - 1);
    const talks = intBetween(rng, 0, 6);
    let last: number | null = null;
    for (let k = 0; k < talks; k += 1) {
      const at = Math.min(now - 1, createdAt + Math.floor(rng() * (now - createdAt)));
      interactions.push({
        id: seededId(rng),
        contactId: id,
        kind: pick(rng, INTERACTION_KINDS),
        at,
        note: pick(rng, words.INTERACTION_NOTES),
      });
      last = last === null ? at : Math.max(last, at);
    }
    const noteCount = rng() < 0.6 ? intBetween(rng, 1, 2) : 0;
    for (let k = 0; k < noteCount; k += 1) {
      const at = createdAt + Math.floor(rng() * (now - createdAt));
      notes.push({ id: seededId(rng), contactId: id, body: pick(rng, words.NOTE_LINES), createdAt: at, updatedAt: at });
    }
    const tags = rng() < 0.7 ? [pick(rng, words.TAGS)] : [];
    if (rng() < 0.2) tags.push(pick(rng, words.TAGS));
    const contact: Contact = {
      id,
      name,
      headline: `${title} at ${company}`,
      company,
      title,
      location: pick(rng, words.PLACES),
      avatarUrl: '',
      about: '',
      profiles: [{ kind: 'linkedin', url: `https://www.linkedin.com/in/${slug(name, rng)}/` }],
      profileKeys: [],
      emails: rng() < 0.3 ? [`person${i}@example.invalid`] : [],
      phones: [],
      websites: [],
      tags: [...new Set(tags)],
      met: {
        context: rng() < 0.7 ? pick(rng, MET_CONTEXTS) : null,
        place: rng() < 0.4 ? pick(rng, words.PLACES) : '',
        date: rng() < 0.5 ? createdAt - intBetween(rng, 0, 200) * DAY_MS : null,
        introducedBy: '',
      },
      topics: rng() < 0.5 ? [pick(rng, words.TOPICS)] : [],
      cadenceDays: rng() < 0.75 ? pick(rng, CADENCES) : null,
      lastInteractionAt: last,
      snoozedUntil: rng() < 0.03 ? now + intBetween(rng, 1, 30) * DAY_MS : null,
      dueAt: null,
      jobChange: null,
      fieldSeenAt: {},
      createdAt,
      updatedAt: createdAt,
      archivedAt: rng() < 0.03 ? now - intBetween(rng, 1, 300) * DAY_MS : null,
    };
    const key = linkedinKey(contact.profiles[0]?.url ?? '');
    if (key) contact.profileKeys.push(key);
    contact.dueAt = computeDueAt(contact);
    contacts.push(contact);
  }
  return { contacts, notes, interactions };
}
