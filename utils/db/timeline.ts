import type { TsunagariDB } from './database';
import type { Note } from '../model/note';
import type { Interaction } from '../model/interaction';
import type { CaptureRecord } from '../model/capture';
import { notesOf } from './notes';
import { interactionsOf } from './interactions';

export interface TimelineRows {
  notes: Note[];
  interactions: Interaction[];
  captures: CaptureRecord[];
}

export function capturesOf(db: TsunagariDB, contactId: string): Promise<CaptureRecord[]> {
  return db.captures.where('contactId').equals(contactId).toArray();
}

/** Everything on a person's line of time, read in one transaction so a live query sees one consistent moment. */
export function timelineOf(db: TsunagariDB, contactId: string): Promise<TimelineRows> {
  return db.transaction('r', db.notes, db.interactions, db.captures, async () => {
    const [notes, interactions, captures] = await Promise.all([
      notesOf(db, contactId),
      interactionsOf(db, contactId),
      capturesOf(db, contactId),
    ]);
    return { notes, interactions, captures };
  });
}
