import { useMemo } from 'react';
import { useLang, useT } from '../../../components/i18n';
import type { MessageKey } from '../../../utils/i18n';
import { lastTouchAt } from '../../../utils/cadence/due';
import { DIMENSIONS, distribution, type Dimension } from '../../../utils/insights/variety';
import { quietPeople } from '../../../utils/insights/quiet';
import { reachBeyond } from '../../../utils/insights/suggestions';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../utils/db/instance';
import { useNow } from '../data/use-now';
import { formatRelative } from '../../../components/format';
import { hrefs } from '../routing';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { BarChart } from './BarChart';
import { spreadKey } from './spread';

const QUIET_SHOWN = 8;

export function InsightsPage() {
  const t = useT();
  const lang = useLang();
  const now = useNow();
  // Insights are about everyone: the people are read here only, without the search haystacks the list once built.
  const entries = useLiveQuery(() => db.contacts.toArray(), []) ?? null;
  const active = useMemo(() => (entries ?? []).filter((c) => c.archivedAt === null), [entries]);
  const charts = useMemo(() => DIMENSIONS.map((d) => ({ dimension: d, data: distribution(active, d) })), [active]);
  const quiet = useMemo(() => quietPeople(active, now), [active, now]);
  const suggestions = useMemo(() => reachBeyond(active, now), [active, now]);

  if (entries === null) return <p className="muted loading">{t('loading')}</p>;

  const labelOf = (dimension: Dimension) => (key: string) =>
    key === '' ? t('dash.insights.unknown') : dimension === 'met' ? t(`met.${key}` as MessageKey) : key;

  return (
    <div className="insights-page">
      <PageHeader title={t('dash.nav.insights')} subtitle={t('dash.insights.subtitle')} />
      {active.length === 0 ? (
        <EmptyState title={t('dash.insights.emptyTitle')}>
          <p>{t('dash.insights.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="reach-title" className="card reach-card">
            <h2 id="reach-title">{t('dash.insights.reachTitle')}</h2>
            <p className="muted">{t('dash.insights.reachHelp')}</p>
            {suggestions.length === 0 ? (
              <p>{t('dash.insights.reachNone')}</p>
            ) : (
              <ul className="suggestions">
                {suggestions.map(({ contact, reasons }) => (
                  <li key={contact.id}>
                    <a href={hrefs.person(contact.id)}>{contact.name}</a>
                    <span className="muted">{[contact.title, contact.company].filter(Boolean).join(' · ')}</span>
                    <span className="reason-list">
                      {reasons.map((r) => (
                        <span key={r} className="tag tag-reason">
                          {t(`dash.insights.reason.${r}`)}
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div className="chart-grid">
            {charts.map(({ dimension, data }) => {
              const spread = spreadKey(data);
              return (
                <section key={dimension} className="card chart-card" aria-labelledby={`chart-${dimension}`}>
                  <h2 id={`chart-${dimension}`}>{t(`dash.insights.by.${dimension}`)}</h2>
                  {spread === null ? (
                    <p className="spread muted">{t('dash.insights.nothingRecorded')}</p>
                  ) : (
                    <p className="spread">
                      <span className={`spread-badge spread-${spread.split('.').pop()}`}>{t(spread)}</span>{' '}
                      <span className="muted">
                        {t('dash.insights.distinct', { n: data.distinct.toLocaleString(lang) })}
                        {` · ${t('dash.insights.topShare', { pct: Math.round(data.topShare * 100) })}`}
                      </span>
                    </p>
                  )}
                  <BarChart data={data} label={t(`dash.insights.by.${dimension}`)} labelOf={labelOf(dimension)} />
                </section>
              );
            })}
          </div>
          <section aria-labelledby="quiet-title" className="card quiet-card">
            <h2 id="quiet-title">{t('dash.insights.quietTitle', { n: quiet.length.toLocaleString(lang) })}</h2>
            {quiet.length === 0 ? (
              <p className="muted">{t('dash.insights.quietNone')}</p>
            ) : (
              <ul className="quiet-list">
                {quiet.slice(0, QUIET_SHOWN).map((c) => (
                  <li key={c.id}>
                    <a href={hrefs.person(c.id)}>{c.name}</a>
                    <span className="muted">
                      {t('dash.insights.lastTouch', { when: formatRelative(lastTouchAt(c), now, lang) })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
