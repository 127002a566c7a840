import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLang } from '../../../components/i18n';
import { db } from '../../../utils/db/instance';
import { loadSearchIndex, searchRowsSince } from '../../../utils/db/search-rows';
import { RESET_ROW_ID } from '../../../utils/db/search-index';
import type { Contact } from '../../../utils/model/contact';
import { PeopleIndex } from '../../../utils/search/people-index';

interface PeopleIndexValue {
  /** null until everyone's search rows are read (utils/db/search-rows.ts); then patched as writes land. */
  index: PeopleIndex | null;
  /** Changes with every patch of `index`, so screens recompute what they derived from it. */
  version: number;
  /** Before the index is read: the first screen, the most overdue people through the `dueAt` index. */
  preview: Contact[] | null;
  /** How many people are saved: from the index once read, before that one indexed count. */
  total: number | null;
}

// The list shows about fifteen rows; a few screens' worth covers scrolling before the index lands.
const PREVIEW_SIZE = 60;

const PeopleIndexContext = createContext<PeopleIndexValue>({ index: null, version: 0, preview: null, total: null });

/**
 * The people list's data. Opening the dashboard reads one screen of people and a count; everyone's small search
 * rows (never the people and their notes) are read once behind it, the first time a list screen is shown. After
 * that a write costs the rows it changed: a live query over `seq` returns only those, and the index is patched.
 */
export function PeopleIndexProvider({ active, children }: { active: boolean; children: ReactNode }) {
  const lang = useLang();
  const [wanted, setWanted] = useState(active);
  const [state, setState] = useState<{ index: PeopleIndex | null; version: number }>({ index: null, version: 0 });
  if (active && !wanted) setWanted(true);

  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    let subscription: { unsubscribe(): void } | null = null;
    const load = async () => {
      const loaded = await loadSearchIndex(db);
      if (cancelled) return;
      const index = new PeopleIndex(loaded.rows, new Intl.Collator(lang, { sensitivity: 'base', numeric: true }));
      let seq = loaded.seq;
      setState({ index, version: index.version });
      subscription?.unsubscribe();
      subscription = liveQuery(() => searchRowsSince(db, seq)).subscribe({
        next: (rows) => {
          if (cancelled || rows.length === 0) return;
          // A table was cleared or the index rebuilt: read it all again.
          if (rows.some((r) => r.id === RESET_ROW_ID)) {
            subscription?.unsubscribe();
            void load();
            return;
          }
          for (const row of rows) if (row.seq > seq) seq = row.seq;
          index.apply(rows);
          setState({ index, version: index.version });
        },
      });
    };
    void load();
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
  }, [wanted, lang]);

  const loaded = state.index !== null;
  const preview = useLiveQuery(
    async () => (active && !loaded ? db.contacts.orderBy('dueAt').limit(PREVIEW_SIZE).toArray() : null),
    [active, loaded],
  );
  const count = useLiveQuery(async () => (active && !loaded ? db.contacts.count() : null), [active, loaded]);
  const value = useMemo<PeopleIndexValue>(
    () => ({
      index: state.index,
      version: state.version,
      preview: loaded ? null : (preview ?? null),
      total: state.index ? state.index.size : (count ?? null),
    }),
    [state, loaded, preview, count],
  );
  return <PeopleIndexContext.Provider value={value}>{children}</PeopleIndexContext.Provider>;
}

export function usePeopleIndex(): PeopleIndexValue {
  return useContext(PeopleIndexContext);
}
