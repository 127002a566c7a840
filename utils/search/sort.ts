import type { PersonEntry } from './haystack';

export const SORT_KEYS = ['overdue', 'recent', 'name', 'lastTalk'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

type Compare = (a: PersonEntry, b: PersonEntry) => number;

/** Nulls go last whatever the direction: "never due" or "never talked" is not the most urgent. */
function byNumber(get: (e: PersonEntry) => number | null, direction: 1 | -1): Compare {
  return (a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === null) return y === null ? 0 : 1;
    if (y === null) return -1;
    return (x - y) * direction;
  };
}

/**
 * Sorted once per sort key (not per keystroke): search and filters then keep this order.
 * `locale` decides name order, so Japanese names sort as a Japanese reader expects.
 */
export function sortEntries(entries: readonly PersonEntry[], key: SortKey, locale = 'en'): PersonEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName: Compare = (a, b) => collator.compare(a.contact.name, b.contact.name);
  const primary: Compare =
    key === 'overdue'
      ? byNumber((e) => e.contact.dueAt, 1)
      : key === 'recent'
        ? byNumber((e) => e.contact.createdAt, -1)
        : key === 'lastTalk'
          ? byNumber((e) => e.contact.lastInteractionAt, -1)
          : byName;
  return entries.slice().sort((a, b) => primary(a, b) || byName(a, b) || a.contact.id.localeCompare(b.contact.id));
}
