import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../utils/db/instance';
import type { Contact } from '../../../utils/model/contact';
import { useLang, useT } from '../../../components/i18n';
import { Avatar } from '../../../components/Avatar';
import { DueChip } from '../../../components/DueChip';
import { dueState } from '../../../utils/cadence/due';
import { dueReason } from '../../../utils/cadence/reason';
import { localTimeZone } from '../../../utils/cadence/calendar';
import { describeReason } from '../../../utils/i18n/messages/cadence';
import { formatRelative } from '../../../components/format';
import { hrefs } from '../routing';
import { useListState } from './list-state';

const ROW_HEIGHT = 64;
// Rows read lately, kept so that a row in view never blanks while its fresh copy is read after a write or a scroll.
const KEEP_ROWS = 400;

/** The list's rows by position: ids and names come from the index; each person is read only when in view. */
export interface ListSource {
  count: number;
  idAt: (i: number) => string;
  nameAt: (i: number) => string;
  /** The first screen read before the index: these people are already at hand. */
  preview?: readonly Contact[];
  version: number;
}

/** The people in view, read by id through a live query that wakes only when one of them is written. */
function useVisiblePeople(ids: readonly string[], preview: readonly Contact[] | undefined): Map<string, Contact> {
  const cache = useRef(new Map<string, Contact>());
  if (preview) for (const c of preview) if (!cache.current.has(c.id)) cache.current.set(c.id, c);
  const key = ids.join('|');
  const fresh = useLiveQuery(() => db.contacts.bulkGet([...ids]), [key]);
  if (fresh) {
    for (const c of fresh) if (c) cache.current.set(c.id, c);
    if (cache.current.size > KEEP_ROWS) {
      const keep = new Set(ids);
      for (const id of cache.current.keys()) if (!keep.has(id)) cache.current.delete(id);
    }
  }
  return cache.current;
}

/**
 * Only the rows in view are in the DOM (about twenty), so 30,000 people scroll like thirty.
 * Each row is a list item with its position, so a screen reader still hears "12 of 30,000".
 */
export function PeopleList({ source, now, soonDays }: { source: ListSource; now: number; soonDays: number }) {
  const t = useT();
  const lang = useLang();
  const scrollRef = useRef<HTMLDivElement>(null);
  const zone = localTimeZone();
  const { selected, setSelected } = useListState();
  const virtualizer = useVirtualizer({
    count: source.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => (index < source.count ? source.idAt(index) : index),
  });
  const items = virtualizer.getVirtualItems();
  const people = useVisiblePeople(
    items.map((item) => source.idAt(item.index)),
    source.preview,
  );

  const allIds = () => Array.from({ length: source.count }, (_, i) => source.idAt(i));
  const allSelected = source.count > 0 && selected.size >= source.count && allIds().every((id) => selected.has(id));
  const toggleAll = () => {
    const next = new Set(selected);
    if (allSelected) for (const id of allIds()) next.delete(id);
    else for (const id of allIds()) next.add(id);
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
          <span>{t('dash.list.selectAll', { n: source.count.toLocaleString(lang) })}</span>
        </label>
        <span className="list-head-col muted" aria-hidden="true">
          {t('dash.list.lastTalk')}
        </span>
        <span className="list-head-col list-head-due muted" aria-hidden="true">
          {t('dash.list.status')}
        </span>
      </div>
      <div ref={scrollRef} className="list-scroll" data-testid="people-list">
        <ul className="list-inner" aria-label={t('dash.list.label')} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            if (item.index >= source.count) return null;
            const c = people.get(source.idAt(item.index));
            if (!c) {
              // Not read yet (a fast scroll): the name holds the row's place until the person arrives.
              return (
                <li
                  key={item.key}
                  className="person-row is-loading"
                  aria-setsize={source.count}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                >
                  <div className="row-main">
                    <span className="row-name">{source.nameAt(item.index)}</span>
                  </div>
                </li>
              );
            }
            const role = [c.title, c.company].filter(Boolean).join(' · ') || c.headline;
            const state = c.archivedAt !== null ? 'none' : dueState(c.dueAt, now, soonDays);
            return (
              <li
                key={item.key}
                className={`person-row${selected.has(c.id) ? ' is-selected' : ''}`}
                aria-setsize={source.count}
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
                  {c.archivedAt !== null ? (
                    <span className="due-chip due-none">{t('dash.archived')}</span>
                  ) : (
                    // Only rows in view are rendered, so the precise reason ("2 months overdue") costs ~20 calls.
                    <DueChip
                      state={state}
                      reason={
                        state === 'overdue' || state === 'soon' || (state === 'ok' && c.lastInteractionAt === null)
                          ? describeReason(dueReason(c, now, zone), t)
                          : undefined
                      }
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
