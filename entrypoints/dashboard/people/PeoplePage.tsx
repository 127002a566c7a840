import { useDeferredValue, useMemo, useState } from 'react';
import { useLang, useT } from '../../../components/i18n';
import { useSettings } from '../../../components/use-settings';
import { NO_FILTER } from '../../../utils/search/filters';
import { usePeopleIndex } from '../data/people-index';
import { useNow } from '../data/use-now';
import { hrefs } from '../routing';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { useListState } from './list-state';
import { ListToolbar } from './ListToolbar';
import { BulkBar } from './BulkBar';
import { PeopleList, type ListSource } from './PeopleList';
import { AddPersonDialog } from './AddPersonDialog';

export function PeoplePage() {
  const t = useT();
  const lang = useLang();
  const { settings } = useSettings();
  const now = useNow();
  const { index, version, preview, total } = usePeopleIndex();
  const { query, filter, setFilter, setQuery, sort, selected } = useListState();
  const [adding, setAdding] = useState(false);
  // Typing stays instant; the list catches up in a lower-priority render.
  const deferredQuery = useDeferredValue(query);

  const clock = useMemo(() => ({ now, soonDays: settings.soonDays }), [now, settings.soonDays]);
  // `version` changes whenever a write patched the index: the same query then runs again over the patched rows.
  const source = useMemo<ListSource | null>(() => {
    if (index) {
      const { positions } = index.search(deferredQuery, filter, sort, clock);
      return {
        count: positions.length,
        idAt: (i) => index.idAt(positions[i]!),
        nameAt: (i) => index.nameAt(positions[i]!),
        version,
      };
    }
    if (!preview) return null;
    return {
      count: preview.length,
      idAt: (i) => preview[i]!.id,
      nameAt: (i) => preview[i]!.name,
      preview,
      version: -1,
    };
  }, [index, version, preview, deferredQuery, filter, sort, clock]);
  const complete = index !== null;

  const addButton = (
    <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
      {t('dash.people.add')}
    </button>
  );

  if (total === null || source === null || (!complete && total > 0 && source.count === 0)) {
    return <p className="muted loading">{t('loading')}</p>;
  }

  return (
    <div className="people-page" data-search-ready={complete ? 'true' : undefined}>
      <PageHeader
        title={t('dash.nav.people')}
        subtitle={total > 0 ? t('dash.people.subtitle', { n: total.toLocaleString(lang) }) : undefined}
        actions={addButton}
      />
      {total === 0 ? (
        <EmptyState title={t('dash.people.emptyTitle')}>
          <p>{t('dash.people.emptyBody')}</p>
          <p>
            <a href={hrefs.settings}>{t('dash.people.emptyImport')}</a>
          </p>
        </EmptyState>
      ) : (
        <>
          <ListToolbar index={index} version={version} />
          <p className="result-count muted" role="status" aria-live="polite" data-testid="result-count">
            {complete
              ? t('dash.people.results', { n: source.count.toLocaleString(lang) })
              : t('dash.people.loadingAll')}
          </p>
          {selected.size > 0 ? <BulkBar /> : null}
          {source.count === 0 ? (
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
            <PeopleList source={source} now={now} soonDays={settings.soonDays} />
          )}
        </>
      )}
      <AddPersonDialog open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}
