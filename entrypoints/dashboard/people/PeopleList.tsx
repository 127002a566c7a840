import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLang, useT } from '../../../components/i18n';
import { Avatar } from '../../../components/Avatar';
import { DueChip } from '../../../components/DueChip';
import { dueState } from '../../../utils/cadence/due';
import { dueReason } from '../../../utils/cadence/reason';
import { localTimeZone } from '../../../utils/cadence/calendar';
import { describeReason } from '../../../utils/i18n/messages/cadence';
import type { PersonEntry } from '../../../utils/search/haystack';
import { formatRelative } from '../../../components/format';
import { hrefs } from '../routing';
import { useListState } from './list-state';

const ROW_HEIGHT = 64;

/**
 * Only the rows in view are in the DOM (about twenty), so 30,000 people scroll like thirty.
 * Each row is a list item with its position, so a screen reader still hears "12 of 30,000".
 */
export function PeopleList({ results, now, soonDays }: { results: readonly PersonEntry[]; now: number; soonDays: number }) {
  const t = useT();
  const lang = useLang();
  const scrollRef = useRef<HTMLDivElement>(null);
  const zone = localTimeZone();
  const { selected, setSelected } = useListState();
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => results[index]?.contact.id ?? index,
  });

  const allSelected = results.length > 0 && results.every((e) => selected.has(e.contact.id));
  const toggleAll = () => {
    const next = new Set(selected);
    if (allSelected) for (const e of results) next.delete(e.contact.id);
    else for (const e of results) next.add(e.contact.id);
    setSelected(next);
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <div className="list-card">
      <div className="list-head">
        <label className="check">
          <input type="checkbox" checked={allSelected} onChange={toggleAll} />
          <span>{t('dash.list.selectAll', { n: results.length.toLocaleString(lang) })}</span>
        </label>
        <span className="list-head-col muted" aria-hidden="true">
          {t('dash.list.lastTalk')}
        </span>
        <span className="list-head-col list-head-due muted" aria-hidden="true">
          {t('dash.list.status')}
        </span>
      </div>
      <div ref={scrollRef} className="list-scroll" data-testid="people-list">
        <ul
          className="list-inner"
          aria-label={t('dash.list.label')}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const entry = results[item.index];
            if (!entry) return null;
            const c = entry.contact;
            const role = [c.title, c.company].filter(Boolean).join(' · ') || c.headline;
            const state = c.archivedAt !== null ? 'none' : dueState(c.dueAt, now, soonDays);
            return (
              <li
                key={item.key}
                className={`person-row${selected.has(c.id) ? ' is-selected' : ''}`}
                aria-setsize={results.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <input
                  type="checkbox"
                  className="row-check"
                  checked={selected.has(c.id)}
                  onChange={() => toggle(c.id)}
                  aria-label={t('dash.list.select', { name: c.name })}
                />
                <Avatar name={c.name} url={c.avatarUrl} size={36} />
                <div className="row-main">
                  <a className="row-name" href={hrefs.person(c.id)}>
                    {c.name}
                  </a>
                  <span className="row-role muted">{role}</span>
                </div>
                <div className="row-tags">
                  {c.tags.slice(0, 3).map((tag) => (
                    <span key={tag} className="tag">
                      {tag}
                    </span>
                  ))}
                </div>
                <span className="row-last muted">
                  {c.lastInteractionAt !== null ? formatRelative(c.lastInteractionAt, now, lang) : t('dash.list.never')}
                </span>
                <span className="row-due">
                  {c.archivedAt !== null ? <span className="due-chip due-none">{t('dash.archived')}</span> : (
                    // Only rows in view are rendered, so the precise reason ("2 months overdue") costs ~20 calls.
                    <DueChip
                      state={state}
                      reason={state === 'overdue' || state === 'soon' || (state === 'ok' && c.lastInteractionAt === null) ? describeReason(dueReason(c, now, zone), t) : undefined}
                    />
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
