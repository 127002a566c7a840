import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLang, useT } from '../../../components/i18n';
import { Avatar } from '../../../components/Avatar';
import { formatDate } from '../../../components/format';
import { db } from '../../../utils/db/instance';
import { applySortDecision, loadSortQueue, type SortQueue } from '../../../utils/db/sort-queue';
import { isUnsorted, type SortDecision } from '../../../utils/cadence/sort-order';
import { useWrite } from '../../../components/write/use-write';
import { hrefs } from '../routing';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import './sort.css';

/** How many people the page shows at once: the one to decide on, and the next few. */
const BATCH = 5;

/** Each decision with the key that takes it; the key is printed on its button. */
const DECISIONS: ReadonlyArray<{
  decision: SortDecision;
  key: string;
  label: 'sort.month' | 'sort.quarter' | 'sort.year' | 'sort.notNow' | 'sort.archive';
}> = [
  { decision: 'month', key: '1', label: 'sort.month' },
  { decision: 'quarter', key: '2', label: 'sort.quarter' },
  { decision: 'year', key: '3', label: 'sort.year' },
  { decision: 'notNow', key: 'N', label: 'sort.notNow' },
  { decision: 'archive', key: 'A', label: 'sort.archive' },
];

function decisionForKey(event: KeyboardEvent): SortDecision | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return null;
  const key = event.key.toUpperCase();
  return DECISIONS.find((d) => d.key === key)?.decision ?? null;
}

/**
 * "Who matters now?" (issue 15): a big imported network sorted a few people at a time — every month, quarter or
 * year, not now, or archive — by tap or by key. The queue comes from the stored fields (utils/db/sort-queue.ts),
 * so leaving and coming back resumes; each decision is one write through the write path.
 */
export function SortPage() {
  const t = useT();
  const write = useWrite();
  const lang = useLang();
  const progressId = useId();
  const [queue, setQueue] = useState<SortQueue | null>(null);
  const [pos, setPos] = useState(0);
  const [decided, setDecided] = useState(0);
  const [last, setLast] = useState('');
  const busy = useRef(false);

  useEffect(() => {
    let live = true;
    void loadSortQueue(db).then((q) => {
      if (live) setQueue(q);
    });
    return () => {
      live = false;
    };
  }, []);

  const batchIds = queue ? queue.ids.slice(pos, pos + BATCH) : [];
  const key = batchIds.join(',');
  const batch = useLiveQuery(async () => {
    const ids = key ? key.split(',') : [];
    const people = await db.contacts.bulkGet(ids);
    const first = people[0];
    const notes = first ? await db.notes.where('contactId').equals(first.id).toArray() : [];
    const latest = notes.sort((a, b) => b.createdAt - a.createdAt)[0];
    return { people, note: latest?.body ?? '' };
  }, [key]);

  const current = batch?.people[0];
  // Someone deleted, or sorted elsewhere (the person page, another window) since the queue was read: skip them.
  const stale =
    batch !== undefined && batchIds.length > 0 && (current === undefined || !isUnsorted(current, Date.now()));
  useEffect(() => {
    if (stale) setPos((p) => p + 1);
  }, [stale]);

  const decide = useCallback(
    async (decision: SortDecision) => {
      if (busy.current || !current || stale) return;
      busy.current = true;
      try {
        const done = await write(t('write.what.cadence', { name: current.name }), () =>
          applySortDecision(db, current.id, decision),
        );
        if (!done.ok) return;
        const label = DECISIONS.find((d) => d.decision === decision)?.label ?? 'sort.notNow';
        setLast(t('sort.last', { name: current.name, decision: t(label) }));
        setDecided((n) => n + 1);
        setPos((p) => p + 1);
      } finally {
        busy.current = false;
      }
    },
    [current, stale, t, write],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const decision = decisionForKey(event);
      if (!decision) return;
      event.preventDefault();
      void decide(decision);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [decide]);

  const number = new Intl.NumberFormat(lang);
  const header = <PageHeader title={t('dash.nav.sort')} subtitle={t('sort.subtitle')} />;
  if (!queue) {
    return (
      <div className="sort-page">
        {header}
        <p className="muted loading">{t('loading')}</p>
      </div>
    );
  }

  const sorted = Math.min(queue.total, queue.total - queue.ids.length + decided);
  const finished = pos >= queue.ids.length;
  const progress = (
    <div className="sort-progress">
      <label htmlFor={progressId} className="visually-hidden">
        {t('sort.progressLabel')}
      </label>
      <progress id={progressId} max={Math.max(queue.total, 1)} value={sorted} />
      <span>{t('sort.progress', { sorted: number.format(sorted), total: number.format(queue.total) })}</span>
    </div>
  );

  return (
    <div className="sort-page">
      {header}
      {queue.total > 0 ? progress : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {last}
      </p>
      {queue.total === 0 ? (
        <EmptyState title={t('sort.emptyTitle')}>
          <p>{t('sort.emptyBody')}</p>
          <a href={hrefs.import}>{t('dash.nav.import')}</a>
        </EmptyState>
      ) : finished ? (
        <EmptyState title={t('sort.doneTitle')}>
          <p>{t('sort.doneBody')}</p>
          <a href={hrefs.people}>{t('dash.nav.people')}</a>
        </EmptyState>
      ) : !current || stale ? (
        <p className="muted loading">{t('loading')}</p>
      ) : (
        <>
          <section className="card sort-card" aria-labelledby="sort-name">
            <Avatar name={current.name} url={current.avatarUrl} size={56} />
            <div className="sort-main">
              <h2 id="sort-name">
                <a href={hrefs.person(current.id)}>{current.name}</a>
              </h2>
              {current.title || current.company ? (
                <p className="sort-role">{[current.title, current.company].filter(Boolean).join(' · ')}</p>
              ) : null}
              {current.headline && current.headline !== current.title ? (
                <p className="muted">{current.headline}</p>
              ) : null}
              <p className="muted">
                {current.met.date !== null
                  ? t('sort.connected', { date: formatDate(current.met.date, lang) })
                  : t('sort.saved', { date: formatDate(current.createdAt, lang) })}
              </p>
              {batch?.note ? <p className="sort-note">{t('sort.noted', { note: batch.note.slice(0, 200) })}</p> : null}
              {current.topics.length ? (
                <p className="muted">
                  {t('sort.askAbout', { topics: current.topics.slice(0, 3).join(t('sort.listSeparator')) })}
                </p>
              ) : null}
            </div>
          </section>
          <div className="sort-actions" role="group" aria-label={t('sort.actionsLabel', { name: current.name })}>
            {DECISIONS.map((d, i) => (
              <button
                key={d.decision}
                type="button"
                className={`btn${i < 3 ? ' btn-primary' : ''}`}
                aria-keyshortcuts={d.key}
                onClick={() => void decide(d.decision)}
              >
                <kbd aria-hidden="true">{d.key}</kbd> {t(d.label)}
              </button>
            ))}
          </div>
          <p className="muted sort-keys">{t('sort.keysHint')}</p>
          {batch && batch.people.length > 1 ? (
            <section className="sort-next" aria-labelledby="sort-next-title">
              <h3 id="sort-next-title">{t('sort.next')}</h3>
              <ul>
                {batch.people.slice(1).map((p) =>
                  p ? (
                    <li key={p.id}>
                      {p.name}
                      {p.company ? <span className="muted"> · {p.company}</span> : null}
                    </li>
                  ) : null,
                )}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
