import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TsunagariDB } from '../../../utils/db/database';
import { backupToJson, createBackup, parseBackup, restoreBackup } from '../../../utils/io/backup';
import { readAllTables } from '../../../utils/db/backup-tables';
import { saveCapture } from '../../../utils/db/contacts';
import { applyIncomingBatch, editContact, type UserEdit } from '../../../utils/db/write-path';
import { addNote } from '../../../utils/db/notes';
import { logInteraction } from '../../../utils/db/interactions';
import { mergePeople } from '../../../utils/db/merge';
import { deletePeople } from '../../../utils/db/delete';
import { openReviews, resolveDuplicateReview } from '../../../utils/db/duplicate-reviews';
import { bulkAddTag, bulkArchive, bulkSetCadence } from '../../../utils/db/people-queries';
import { cadenceOf } from '../../../utils/io/merge';
import { cleanIncoming } from '../../../utils/model/incoming-clean';
import { emailIdentity, phoneIdentity } from '../../../utils/model/identity';
import { SCALAR_FIELDS, seenAtOf } from '../../../utils/model/field-rule';
import { INTERACTION_KINDS } from '../../../utils/model/interaction';
import { MET_CONTEXTS, type Contact } from '../../../utils/model/contact';
import type { CapturePayload } from '../../../utils/model/capture';
import type { IncomingPerson } from '../../../utils/model/incoming';

/**
 * Issue 12, item 4: whatever sequence of the app's own actions made a database, backup → wipe → restore gives
 * back every table field by field; and after every action the identity and field rules hold.
 */

const T0 = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

// Text as pages and files bring it: namesakes, accents in both forms, kana, bidi overrides, NUL, zero-width,
// formula starts, javascript: links, and runs long enough to hit the caps (a cut that ends on a space).
const PIECES = [
  'a',
  'b',
  ' ',
  '\n',
  'é',
  'e\u0301',
  'ｻｸﾗ',
  '😀',
  '\u202E',
  '\u0000',
  '\u200B',
  '\uFEFF',
  '\u061C',
  '=1+1',
  'javascript:alert(1)',
  '\t',
];
const hostile = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 90, max: 2_000 }).map((n) => 'ab '.repeat(n)) },
);
const NAMES = ['Wei Zhang', 'Aiko Mori', 'José García', 'Jose\u0301 García', 'ｻｸﾗ ﾀﾅｶ', 'Mallory\u202E Evil\u0000'];
const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: hostile });
const EMAILS = [
  'info@kumo.example',
  'wei@acme.example',
  'WEI@acme.example',
  'aiko@mori.example',
  'mailto:jose@garcia.example',
  'not an email',
];
const PHONES = ['+81 3-1234-5678', '03-1234-5678', '555-0100', 'tel:+1 555 0100 999'];
const SLUGS = ['wei-zhang', 'wei-zhang-acme', 'aiko-mori', 'taro\u200b-yamada', 'taro-yamada'];
const LOGINS = ['weizhang', 'aiko', 'Mallory'];
const KEYS = [...SLUGS.map((s) => `linkedin:${s}`), ...LOGINS.map((l) => `github:${l.toLowerCase()}`)];
const TAGS = ['friends', 'constructor', '__proto__', 'toString', 'Work', '#kumo'];
const URLS = [
  'https://img.example/a.png',
  'javascript:alert(1)',
  'data:text/html,x',
  `https://long.example/${'é'.repeat(400)}`,
  '',
];
const COMPANIES = ['Acme', 'Globex', 'Kumo Works', ''];
const TAG_CADENCES: Record<string, number> = JSON.parse('{"friends": 14, "__proto__": 7}');

const strings = (pool: readonly string[], max = 3) => fc.array(fc.constantFrom(...pool), { maxLength: max });
const company = fc.oneof(fc.constantFrom(...COMPANIES), hostile);

const captureArb = fc.record({
  kind: fc.constant('capture' as const),
  site: fc.constantFrom('linkedin' as const, 'github' as const),
  who: fc.nat(9),
  name,
  company,
  title: fc.oneof(fc.constantFrom('Engineer', 'VP Sales', 'Intern'), hostile),
  avatarUrl: fc.constantFrom(...URLS),
  about: hostile,
  emails: strings(EMAILS),
  websites: strings(URLS),
});

const rowArb: fc.Arbitrary<IncomingPerson> = fc.record(
  {
    name,
    company,
    title: fc.constantFrom('Engineer', 'Designer', 'Intern'),
    about: hostile,
    emails: strings(EMAILS, 2),
    phones: strings(PHONES, 2),
    tags: strings(TAGS, 3),
    profileKeys: strings(KEYS, 2),
    websites: strings(URLS, 2),
  },
  { requiredKeys: ['name'] },
);

const importArb = fc.record({
  kind: fc.constant('import' as const),
  rows: fc.array(rowArb, { minLength: 1, maxLength: 4 }),
  /** How much older than now the file's data is: older evidence must never replace newer. */
  age: fc.integer({ min: 0, max: 60 }).map((d) => d * DAY),
});

const editArb = fc.record({
  kind: fc.constant('edit' as const),
  target: fc.nat(),
  edit: fc.record(
    {
      name: name.filter((n) => n.trim() !== ''),
      company,
      title: hostile,
      tags: strings(TAGS),
      emails: strings(EMAILS),
      avatarUrl: fc.constantFrom(...URLS),
      cadenceDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
      met: fc.record({ context: fc.constantFrom(...MET_CONTEXTS), place: hostile }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<UserEdit>,
});

const actionArb = fc.oneof(
  { weight: 4, arbitrary: captureArb },
  { weight: 4, arbitrary: importArb },
  { weight: 3, arbitrary: editArb },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('note' as const),
      target: fc.nat(),
      body: fc.oneof(hostile, fc.constant('n'.repeat(25_000))),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('talk' as const),
      target: fc.nat(),
      type: fc.constantFrom(...INTERACTION_KINDS),
      ago: fc.nat(30),
      note: hostile,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('review' as const), pick: fc.nat(), merge: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), target: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bulk' as const),
      op: fc.constantFrom('tag' as const, 'cadence' as const, 'archive' as const),
      tag: fc.constantFrom(...TAGS),
    }),
  },
);
type Action = typeof actionArb extends fc.Arbitrary<infer A> ? A : never;

const scenarioArb = fc.record({
  actions: fc.array(actionArb, { minLength: 1, maxLength: 8 }),
  steps: fc.array(
    fc.integer({ min: 1, max: 20 * 24 * 60 }).map((m) => m * 60_000),
    { minLength: 8, maxLength: 8 },
  ),
});

function payload(a: Extract<Action, { kind: 'capture' }>): CapturePayload {
  const fields = {
    name: a.name,
    company: a.company,
    title: a.title,
    avatarUrl: a.avatarUrl,
    about: a.about,
    emails: a.emails,
    websites: a.websites,
  };
  if (a.site === 'linkedin') {
    const slug = SLUGS[a.who % SLUGS.length]!;
    return {
      source: 'linkedin',
      profileKey: `linkedin:${slug}`,
      profile: { kind: 'linkedin', url: `https://www.linkedin.com/in/${slug}/` },
      fields,
    };
  }
  const login = LOGINS[a.who % LOGINS.length]!;
  return {
    source: 'github',
    profileKey: `github:${login.toLowerCase()}`,
    profile: { kind: 'github', url: `https://github.com/${login}` },
    fields,
  };
}

/** Expected failures of the app's own guards (an empty note, a capture with nothing to save) are not bugs. */
async function guarded(run: () => Promise<unknown>, allowed: RegExp): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof Error) || !allowed.test(error.message)) throw error;
  }
}

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sortedTables = async (db: TsunagariDB) => {
  const t = await readAllTables(db);
  return {
    contacts: byId(t.contacts),
    notes: byId(t.notes),
    interactions: byId(t.interactions),
    captures: byId(t.captures),
    duplicateReviews: byId(t.duplicateReviews),
  };
};

/** A strong reason (a profile key, an email or phone that identifies) why `incoming` is `stored`: never a name alone. */
function sharesIdentity(stored: Contact, incoming: IncomingPerson): boolean {
  const clean = cleanIncoming(incoming);
  if ((clean.profileKeys ?? []).some((k) => stored.profileKeys.includes(k))) return true;
  const emails = new Set(stored.emails.map(emailIdentity).filter(Boolean));
  if ((clean.emails ?? []).some((e) => emails.has(emailIdentity(e)))) return true;
  const phones = new Set(stored.phones.map(phoneIdentity).filter(Boolean));
  return (clean.phones ?? []).some((p) => phones.has(phoneIdentity(p)));
}

function asContact(incoming: IncomingPerson): Contact {
  const clean = cleanIncoming(incoming);
  return { profileKeys: clean.profileKeys ?? [], emails: clean.emails ?? [], phones: clean.phones ?? [] } as Contact;
}

/** No value seen at `seenAt` replaced one the person had seen later; a job change only moves forwards. */
function checkFieldRule(before: readonly Contact[], after: readonly Contact[], seenAt: number): void {
  const now = new Map(after.map((c) => [c.id, c]));
  for (const old of before) {
    const next = now.get(old.id);
    if (!next) continue;
    for (const field of SCALAR_FIELDS) {
      if (old[field] !== '' && next[field] !== old[field])
        expect(seenAt, `${field} of ${old.id}`).toBeGreaterThanOrEqual(seenAtOf(old, field));
    }
    if (old.jobChange && JSON.stringify(next.jobChange) !== JSON.stringify(old.jobChange)) {
      expect(next.jobChange!.seenAt).toBeGreaterThanOrEqual(old.jobChange.seenAt);
    }
  }
}

function checkProfileKeys(contacts: readonly Contact[]): void {
  const owner = new Map<string, string>();
  for (const c of contacts) {
    for (const key of c.profileKeys) {
      expect(owner.get(key) ?? c.id, `profile key ${key} held by two people`).toBe(c.id);
      owner.set(key, c.id);
    }
  }
}

let runs = 0;

async function runScenario({ actions, steps }: { actions: Action[]; steps: number[] }): Promise<void> {
  const name = `tsunagari-property-${++runs}-${Math.random().toString(36).slice(2)}`;
  const db = new TsunagariDB(name);
  /** Who must exist: every person the app created, minus those merged away or deleted on purpose. */
  const alive = new Set<string>();
  let now = T0;
  try {
    for (const [i, action] of actions.entries()) {
      now += steps[i % steps.length]!;
      const people = byId(await db.contacts.toArray());
      const pick = (n: number) => (people.length ? people[n % people.length]! : null);
      switch (action.kind) {
        case 'capture': {
          await guarded(async () => {
            const result = await saveCapture(db, payload(action), {
              url: payload(action).profile!.url,
              cadenceDays: 30,
              now,
            });
            if (result.status === 'created') alive.add(result.contactId);
          }, /needs a name|A new person needs a name/);
          checkFieldRule(people, await db.contacts.toArray(), now);
          break;
        }
        case 'import': {
          const seenAt = now - action.age;
          const results = await applyIncomingBatch(db, action.rows, {
            source: 'import',
            now,
            seenAt,
            cadenceDays: cadenceOf({ defaultCadenceDays: 90, tagCadences: TAG_CADENCES }),
          });
          const stored = new Map(people.map((c) => [c.id, c]));
          // What each person held before the batch, plus the rows of the batch already folded into them.
          const earlier = new Map<string, IncomingPerson[]>();
          results.forEach((r, row) => {
            if (r.status === 'created') alive.add(r.contactId);
            const was = stored.get(r.contactId);
            const incoming = action.rows[row]!;
            const folded = earlier.get(r.contactId) ?? [];
            // A saved person is updated only on a profile key, email or phone they hold: never a name alone.
            if (r.status === 'updated' && was) {
              const strong =
                sharesIdentity(was, incoming) || folded.some((e) => sharesIdentity(asContact(e), incoming));
              expect(strong, `row ${row} updated ${was.name} by name`).toBe(true);
            }
            earlier.set(r.contactId, [...folded, incoming]);
          });
          checkFieldRule(people, await db.contacts.toArray(), seenAt);
          break;
        }
        case 'edit': {
          const target = pick(action.target);
          if (target) await guarded(() => editContact(db, target.id, action.edit, now), /A person needs a name/);
          break;
        }
        case 'note': {
          const target = pick(action.target);
          if (target) await guarded(() => addNote(db, target.id, action.body, now), /cannot be empty/);
          break;
        }
        case 'talk': {
          const target = pick(action.target);
          if (target)
            await logInteraction(
              db,
              target.id,
              { kind: action.type, at: now - action.ago * DAY, note: action.note },
              now,
            );
          break;
        }
        case 'merge': {
          const keep = pick(action.a);
          const other = pick(action.b);
          if (keep && other && keep.id !== other.id) {
            await mergePeople(db, keep.id, other.id, now);
            alive.delete(other.id);
          }
          break;
        }
        case 'review': {
          const reviews = await openReviews(db);
          const pair = reviews.length ? reviews[action.pick % reviews.length]! : null;
          if (pair) {
            await resolveDuplicateReview(db, pair.review.id, action.merge ? 'merge' : 'keep-apart', { now });
            if (action.merge) alive.delete(pair.review.contactId);
          }
          break;
        }
        case 'delete': {
          const target = pick(action.target);
          if (target) {
            await deletePeople(db, [target.id]);
            alive.delete(target.id);
          }
          break;
        }
        case 'bulk': {
          const ids = people.map((c) => c.id);
          if (action.op === 'tag') await bulkAddTag(db, ids, action.tag, now);
          else if (action.op === 'cadence') await bulkSetCadence(db, ids, 14, now);
          else await bulkArchive(db, ids, now);
          break;
        }
      }
      const contacts = await db.contacts.toArray();
      expect(new Set(contacts.map((c) => c.id)), `after ${action.kind}`).toEqual(alive);
      checkProfileKeys(contacts);
    }

    const before = await sortedTables(db);
    const json = backupToJson(await createBackup(db, { now }));
    await db.delete();
    const fresh = new TsunagariDB(name);
    await restoreBackup(fresh, parseBackup(json));
    expect(await sortedTables(fresh)).toEqual(before);
    await fresh.delete();
  } finally {
    db.close();
  }
}

describe("backup round trip of the app's own actions (issue 12, item 4)", () => {
  it('random sequences of captures, imports, edits, notes, talks, merges, reviews, deletes and bulk edits restore field by field', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, runScenario), { numRuns: 200 });
  }, 120_000);
});
