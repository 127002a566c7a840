import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../utils/db/instance';
import { countOverdue } from '../../../utils/db/queries';
import { useNow } from './use-now';

export function useOverdueCount(): number {
  const now = useNow();
  return useLiveQuery(() => countOverdue(db, now), [now]) ?? 0;
}
