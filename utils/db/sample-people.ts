import type { TsunagariDB } from './database';
import type { IncomingPerson } from '../model/incoming';
import { DAY_MS } from '../cadence/due';
import { applyIncomingBatch } from './write-path';

/** The tag sample people carry, so they are easy to find and delete. */
export const SAMPLE_TAG = 'sample';

/**
 * "Try it first" on the welcome page: three invented people, written through the write path like an import, so
 * that the weekly list, the sorting flow and the badge have something to show — one tracked and due, one met
 * last week to follow up, one untracked dormant tie. Their profile keys are fixed, so adding them twice adds no one.
 */
export function addSamplePeople(db: TsunagariDB, now = Date.now()) {
  const people: Array<IncomingPerson & { cadence: number | null }> = [
    {
      name: 'Mina Okabe',
      company: 'Harbor Lane Studio',
      title: 'Product designer',
      met: { date: now - 400 * DAY_MS, context: 'event', place: 'Design meetup' },
      topics: ['Her move to service design'],
      cadence: 90,
    },
    {
      name: 'Tomás Reyes',
      company: 'Cedar & Pine Books',
      title: 'Editor',
      met: { date: now - 8 * DAY_MS, context: 'coffee' },
      cadence: 30,
    },
    {
      name: 'Lena Fischer',
      company: 'Northwind Labs',
      title: 'Research engineer',
      met: { date: now - 5 * 365 * DAY_MS },
      cadence: null,
    },
  ];
  const incomings = people.map(({ cadence: _cadence, ...person }, i): IncomingPerson => ({
    ...person,
    tags: [SAMPLE_TAG],
    profileKeys: [`web:https://example.com/tsunagari-sample-${i + 1}`],
  }));
  // Looked up by name: the write path hands the callback its cleaned copy of each person, not the object above.
  const cadenceOf = new Map(people.map((p) => [p.name, p.cadence]));
  return applyIncomingBatch(db, incomings, {
    source: 'import',
    now,
    cadenceDays: (p) => cadenceOf.get(p.name ?? '') ?? null,
  });
}
