import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../utils/db/instance';
import type { Contact } from '../../../utils/model/contact';
import type { Note } from '../../../utils/model/note';
import { buildIndex, type PersonEntry } from '../../../utils/search/haystack';

interface PeopleIndex {
  /** null while nothing has been read yet. */
  entries: PersonEntry[] | null;
  /**
   * false while only the first screenful is known: the most overdue people, read through the `dueAt`
   * index in a few milliseconds, so the list shows at once while everyone else is still being read.
   */
  complete: boolean;
}

// The list shows about fifteen rows; a few screens' worth covers scrolling before the full read lands.
const PREVIEW_SIZE = 60;

const PeopleIndexContext = createContext<PeopleIndex>({ entries: null, complete: false });

/**
 * One live read of every person and note, turned into search haystacks once per change — not per
 * keystroke — and shared by the screens that need everyone (list, insights). While `active` is
 * false (a person's page, settings) the read pauses, so editing one person does not re-read 30,000;
 * the last index stays on hand and is refreshed when a list screen is shown again.
 */
export function PeopleIndexProvider({ active, children }: { active: boolean; children: ReactNode }) {
  const last = useRef<[Contact[], Note[]] | null>(null);
  const fresh = useLiveQuery(
    async (): Promise<[Contact[], Note[]] | null> =>
      active ? Promise.all([db.contacts.toArray(), db.notes.toArray()]) : null,
    [active],
  );
  if (fresh) last.current = fresh;
  const data = fresh ?? last.current;
  const preview = useLiveQuery(
    async (): Promise<Contact[] | null> =>
      active && !last.current ? db.contacts.orderBy('dueAt').limit(PREVIEW_SIZE).toArray() : null,
    [active, last.current === null],
  );
  const value = useMemo<PeopleIndex>(() => {
    if (data) return { entries: buildIndex(data[0], data[1]), complete: true };
    return { entries: preview ? buildIndex(preview) : null, complete: false };
  }, [data, preview]);
  return <PeopleIndexContext.Provider value={value}>{children}</PeopleIndexContext.Provider>;
}

export function usePeopleIndex(): PeopleIndex {
  return useContext(PeopleIndexContext);
}
