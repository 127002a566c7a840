import { useId, useMemo } from 'react';
import { useT } from '../../../components/i18n';
import { MET_CONTEXTS } from '../../../utils/model/contact';
import { NO_FILTER, type DueFilter, type Facet, type MetFilter } from '../../../utils/search/filters';
import type { PeopleIndex } from '../../../utils/search/people-index';
import { SORT_KEYS, type SortKey } from '../../../utils/search/sort';
import { useListState } from './list-state';

const DUE_FILTERS: DueFilter[] = ['all', 'overdue', 'soon', 'ok', 'none', 'archived'];
const ANY = '__any__';

/** Search box, filters and sort order for the list. */
export function ListToolbar({ index, version }: { index: PeopleIndex | null; version: number }) {
  const t = useT();
  const ids = { search: useId(), due: useId(), met: useId(), sort: useId() };
  const { query, setQuery, filter, setFilter, sort, setSort } = useListState();
  // Counted from the index once per change (not per keystroke); none until everyone is read.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` marks a patched index
  const tags = useMemo(() => index?.tagFacets() ?? [], [index, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` marks a patched index
  const companies = useMemo(() => index?.companyFacets() ?? [], [index, version]);
  const filtered = filter.due !== 'all' || filter.tag !== null || filter.met !== null || filter.company !== null;

  return (
    <div className="toolbar" role="search">
      <div className="search-box">
        <label htmlFor={ids.search} className="visually-hidden">
          {t('dash.search.label')}
        </label>
        <span className="search-icon" aria-hidden="true">
          ⌕
        </span>
        <input
          id={ids.search}
          type="search"
          className="field search-field"
          placeholder={t('dash.search.placeholder')}
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
      </div>
      <div className="filters">
        <div className="filter">
          <label htmlFor={ids.due}>{t('dash.filter.due')}</label>
          <select
            id={ids.due}
            className="field"
            value={filter.due}
            onChange={(e) => setFilter({ ...filter, due: e.target.value as DueFilter })}
          >
            {DUE_FILTERS.map((d) => (
              <option key={d} value={d}>
                {t(`dash.filter.due.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <FacetSelect
          label={t('field.tags')}
          anyLabel={t('dash.filter.any')}
          facets={tags}
          value={filter.tag}
          onChange={(tag) => setFilter({ ...filter, tag })}
        />
        <div className="filter">
          <label htmlFor={ids.met}>{t('dash.filter.met')}</label>
          <select
            id={ids.met}
            className="field"
            value={filter.met ?? ANY}
            onChange={(e) =>
              setFilter({ ...filter, met: e.target.value === ANY ? null : (e.target.value as MetFilter) })
            }
          >
            <option value={ANY}>{t('dash.filter.any')}</option>
            {MET_CONTEXTS.map((m) => (
              <option key={m} value={m}>
                {t(`met.${m}`)}
              </option>
            ))}
            <option value="unknown">{t('dash.filter.metUnknown')}</option>
          </select>
        </div>
        <FacetSelect
          label={t('field.company')}
          anyLabel={t('dash.filter.any')}
          facets={companies}
          value={filter.company}
          onChange={(company) => setFilter({ ...filter, company })}
        />
        <div className="filter">
          <label htmlFor={ids.sort}>{t('dash.sort.label')}</label>
          <select id={ids.sort} className="field" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`dash.sort.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button type="button" className="btn btn-ghost filter-clear" onClick={() => setFilter(NO_FILTER)}>
            {t('dash.filter.clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** A filter over one facet (tags, companies): "any", then each value with how many people have it. */
function FacetSelect(props: {
  label: string;
  anyLabel: string;
  facets: readonly Facet[];
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className="field"
        value={props.value ?? ANY}
        onChange={(e) => props.onChange(e.target.value === ANY ? null : e.target.value)}
      >
        <option value={ANY}>{props.anyLabel}</option>
        {props.facets.map((f) => (
          <option key={f.value} value={f.value}>
            {f.value} ({f.count})
          </option>
        ))}
      </select>
    </div>
  );
}
