import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
import type { DuplicateReview } from '../model/duplicate-review';
import { mergePeople } from './merge';

/**
 * Possible duplicates the user reviews (issue 12, item 1). The write path records a pair when a source brought
 * someone whose only likeness to a saved person is a name or a shared address; here the user decides:
 *
 *   openReviews(db) → ReviewPair[]          Open pairs whose two people both still exist, oldest first.
 *   countOpenReviews(db) → number           How many of those there are (for a count in the dashboard).
 *   keepApart(db, reviewId, now?)           They are two people: the row stays as 'kept-apart', so the write path
 *                                           never asks about this pair again.
 *   resolveDuplicateReview(db, reviewId, 'merge' | 'keep-apart', { keepId?, now? }) → Contact | null
 *                                           'merge' folds one into the other (mergePeople: notes, interactions and
 *                                           captures move over; nothing is lost) and returns the merged person;
 *                                           by default the person saved first (`otherId`) is kept.
 *                                           'keep-apart' is keepApart and returns null.
 *
 * History (notes, interactions, captures) is kept either way. Each call is one transaction.
 */

export interface ReviewPair {
  review: DuplicateReview;
  /** The person the source brought (recorded as `contactId`). */
  contact: Contact;
  /** The saved person they may be the same as (`otherId`). */
  other: Contact;
}

export type ReviewDecision = 'merge' | 'keep-apart';

export function openReviews(db: TsunagariDB): Promise<ReviewPair[]> {
  return db.transaction('r', db.duplicateReviews, db.contacts, async () => {
    const reviews = (await db.duplicateReviews.where('status').equals('open').toArray()).sort(
      (a, b) => a.createdAt - b.createdAt,
    );
    const ids = [...new Set(reviews.flatMap((r) => [r.contactId, r.otherId]))];
    const people = new Map<string, Contact>();
    for (const c of await db.contacts.bulkGet(ids)) if (c) people.set(c.id, c);
    const pairs: ReviewPair[] = [];
    for (const review of reviews) {
      const contact = people.get(review.contactId);
      const other = people.get(review.otherId);
      // A pair where one of them was deleted (or merged elsewhere) has nothing left to decide.
      if (contact && other) pairs.push({ review, contact, other });
    }
    return pairs;
  });
}

export async function countOpenReviews(db: TsunagariDB): Promise<number> {
  return (await openReviews(db)).length;
}

async function openReview(db: TsunagariDB, reviewId: string): Promise<DuplicateReview> {
  const review = await db.duplicateReviews.get(reviewId);
  if (!review) throw new Error(`No possible duplicate with id ${reviewId}.`);
  return review;
}

/** The two are different people: remembered, so this pair is never suggested again. */
export function keepApart(db: TsunagariDB, reviewId: string, now = Date.now()): Promise<void> {
  return db.transaction('rw', db.duplicateReviews, async () => {
    const review = await openReview(db, reviewId);
    if (review.status === 'kept-apart') return;
    await db.duplicateReviews.put({ ...review, status: 'kept-apart', decidedAt: now });
  });
}

export async function resolveDuplicateReview(
  db: TsunagariDB,
  reviewId: string,
  decision: ReviewDecision,
  options: { keepId?: string; now?: number } = {},
): Promise<Contact | null> {
  const now = options.now ?? Date.now();
  if (decision === 'keep-apart') {
    await keepApart(db, reviewId, now);
    return null;
  }
  return db.transaction(
    'rw',
    [db.contacts, db.notes, db.interactions, db.captures, db.duplicateReviews, db.syncDirty],
    async () => {
      const review = await openReview(db, reviewId);
      const keepId = options.keepId ?? review.otherId;
      if (keepId !== review.contactId && keepId !== review.otherId)
        throw new Error(`${keepId} is not one of this pair.`);
      const otherId = keepId === review.otherId ? review.contactId : review.otherId;
      // mergePeople also drops this review (the pair is now one person) and re-points the others.
      return mergePeople(db, keepId, otherId, now);
    },
  );
}
