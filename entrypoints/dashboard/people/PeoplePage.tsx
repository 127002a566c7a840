import { useDeferredValue, useMemo, useState } from 'react';
import { useLang, useT } from '../../../components/i18n';
import { useSettings } from '../../../components/use-settings';
import { findPeople, NO_FILTER } from '../../../utils/search/filters';
import { sortEntries } from '../../../utils/search/sort';
import { usePeopleIndex } from '../data/people-index';
import { useNow } from '../data/use-now';
import { hrefs } from '../routing';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { useListState } from './list-state';
import { ListToolbar } from './ListToolbar';
import { BulkBar } from './BulkBar';
import { PeopleList } from './PeopleList';
import { AddPersonDialog } from './AddPersonDialog';

export function PeoplePage() {
  const t = useT();
  const lang = useLang();
  const { settings } = useSettings();
  const now = useNow();
  const { entries, complete } = usePeopleIndex();
  const { query, filter, setFilter, setQuery, sort, selected } = useListState();
  const [adding, setAdding] = useState(false);
  // Typing stays instant; the list catches up in a lower-priority render.
  const deferredQuery = useDeferredValue(query);

  const sorted = useMemo(() => (entries ? sortEntries(entries, sort, lang) : []), [entries, sort, lang]);
  const results = useMemo(
    () => findPeople(sorted, deferredQuery, filter, { now, soonDays: settings.soonDays }),
    [sorted, deferredQuery, filter, now, settings.soonDays],
  );

  const addButton = (
    <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
      {t('dash.people.add')}
    </button>
  );

  if (entries === null || (!complete && entries.length === 0)) {
    return <p className="muted loading">{t('loading')}</p>;
  }

  return (
    <div className="people-page">
      <PageHeader
        title={t('dash.nav.people')}
        subtitle={complete && entries.length > 0 ? t('dash.people.subtitle', { n: entries.length.toLocaleString(lang) }) : undefined}
        actions={addButton}
      />
      {entries.length === 0 ? (
        <EmptyState title={t('dash.people.emptyTitle')}>
          <p>{t('dash.people.emptyBody')}</p>
          <p>
            <a href={hrefs.settings}>{t('dash.people.emptyImport')}</a>
          </p>
        </EmptyState>
      ) : (
        <>
          <ListToolbar entries={entries} />
          <p className="result-count muted" role="status" aria-live="polite" data-testid="result-count">
            {complete ? t('dash.people.results', { n: results.length.toLocaleString(lang) }) : t('dash.people.loadingAll')}
          </p>
          {selected.size > 0 ? <BulkBar /> : null}
          {results.length === 0 ? (
            <EmptyState title={t('dash.people.noMatchTitle')}>
              <p>{t('dash.people.noMatchBody')}</p>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setQuery('');
                  setFilter(NO_FILTER);
                }}
              >
                {t('dash.filter.clear')}
              </button>
            </EmptyState>
          ) : (
            <PeopleList results={results} now={now} soonDays={settings.soonDays} />
          )}
        </>
      )}
      <AddPersonDialog open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}
