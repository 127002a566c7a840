import { db } from '../../utils/db/instance';
import { generateDataSet } from '../data/people';

/** The data sets are drawn relative to the start of the bench day, so a run's `now` is fixed across its rows. */
export function benchNow(): number {
  const day = new Date();
  day.setUTCHours(12, 0, 0, 0);
  return day.getTime();
}

export interface SeedResult {
  people: number;
  notes: number;
  interactions: number;
  overdue: number;
  ms: number;
}

/** Replaces the extension's database with the data set of `size` people (0 empties it). */
export async function seed(size: number): Promise<SeedResult> {
  const start = performance.now();
  const now = benchNow();
  const data = generateDataSet(size, now);
  // A fresh database rather than emptying tables: clearing 100,000 people row by row would take the bench longer
  // than seeding them. The writes below go through the search index like any write.
  await db.delete();
  await db.open();
  await db.transaction('rw', [db.contacts, db.notes, db.interactions], async () => {
    await db.contacts.bulkAdd(data.contacts);
    await db.notes.bulkAdd(data.notes);
    await db.interactions.bulkAdd(data.interactions);
  });
  return {
    people: data.contacts.length,
    notes: data.notes.length,
    interactions: data.interactions.length,
    // Exact, for the log; the product's count stops at the badge's cap.
    overdue: await db.contacts.where('dueAt').belowOrEqual(Date.now()).count(),
    ms: performance.now() - start,
  };
}
