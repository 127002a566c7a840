import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../utils/db/instance';
import { findByProfileKey } from '../../utils/db/contacts';
import type { Contact } from '../../utils/model/contact';
import { findTargetTab, type TargetTab } from './target-tab';
import { runPageCapture } from '../../utils/platform/page-capture';
import type { PageCapture } from '../../utils/model/page-capture';

export interface PagePerson {
  loading: boolean;
  tab: TargetTab | null;
  page: PageCapture | null;
  unreadable: boolean;
  /** The saved person this page shows, if any (kept live). */
  contact: Contact | undefined;
}

/** Reads the person on the active tab once, then follows the database for their saved card. */
export function usePagePerson(): PagePerson {
  const [state, setState] = useState<{
    loading: boolean;
    tab: TargetTab | null;
    page: PageCapture | null;
    unreadable: boolean;
  }>({
    loading: true,
    tab: null,
    page: null,
    unreadable: false,
  });

  useEffect(() => {
    let alive = true;
    void (async () => {
      const tab = await findTargetTab();
      const outcome = tab ? await runPageCapture(tab.id) : null;
      if (!alive) return;
      setState({
        loading: false,
        tab,
        page: outcome?.ok ? outcome.page : null,
        unreadable: outcome !== null && !outcome.ok,
      });
    })();
    return () => {
      alive = false;
    };
  }, []);

  const key = state.page?.capture?.profileKey ?? null;
  const contact = useLiveQuery(() => (key ? findByProfileKey(db, key) : undefined), [key]);
  return { ...state, contact };
}
