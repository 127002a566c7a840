import { useEffect, useState, type ReactNode } from 'react';
import type { TsunagariDB } from '../utils/db/database';
import { PageError } from './ErrorBoundary';

/**
 * Opens the database before the page renders. Dexie's live queries treat a failed open as "closed" and wait
 * forever, which would leave an empty page; here a failure (above all a database written by a newer version,
 * utils/db/newer-guard.ts) is shown in plain words, and nothing is read or written.
 */
export function DatabaseGate({ db, children }: { db: TsunagariDB; children: ReactNode }) {
  const [state, setState] = useState<{ open: boolean; error: unknown }>({ open: db.isOpen(), error: null });
  useEffect(() => {
    let alive = true;
    db.open().then(
      () => alive && setState({ open: true, error: null }),
      (error: unknown) => alive && setState({ open: false, error }),
    );
    return () => {
      alive = false;
    };
  }, [db]);
  if (state.error !== null) return <PageError error={state.error} />;
  return state.open ? children : null;
}
