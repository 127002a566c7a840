import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { NO_FILTER, type PeopleFilter } from '../../../utils/search/filters';
import type { SortKey } from '../../../utils/search/sort';

interface ListState {
  query: string;
  setQuery: (q: string) => void;
  filter: PeopleFilter;
  setFilter: (f: PeopleFilter) => void;
  sort: SortKey;
  setSort: (s: SortKey) => void;
  selected: ReadonlySet<string>;
  setSelected: (s: ReadonlySet<string>) => void;
}

const ListStateContext = createContext<ListState | null>(null);

/** Search, filters, sort and selection outlive a visit to someone's page and back. */
export function ListStateProvider({ children }: { children: ReactNode }) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortKey>('overdue');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const value = useMemo(
    () => ({ query, setQuery, filter, setFilter, sort, setSort, selected, setSelected }),
    [query, filter, sort, selected],
  );
  return <ListStateContext.Provider value={value}>{children}</ListStateContext.Provider>;
}

export function useListState(): ListState {
  const state = useContext(ListStateContext);
  if (!state) throw new Error('useListState outside ListStateProvider');
  return state;
}
