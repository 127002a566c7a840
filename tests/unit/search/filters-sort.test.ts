import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../utils/search/haystack';
import { companyFacets, findPeople, NO_FILTER, tagFacets } from '../../../utils/search/filters';
import { sortEntries } from '../../../utils/search/sort';
import { DAY, NOW, person } from './people-fixture';

const clock = { now: NOW, soonDays: 7 };
// dueAt is derived from these: createdAt/lastInteractionAt + cadence.
const overdue = person({
  name: 'Ono Overdue',
  company: 'Acme',
  cadenceDays: 30,
  lastInteractionAt: NOW - 60 * DAY,
  tags: ['friend'],
  met: { context: 'lunch', place: '', date: null, introducedBy: '' },
  createdAt: NOW - 300 * DAY,
});
const soon = person({
  name: 'Sato Soon',
  company: 'acme ',
  cadenceDays: 30,
  lastInteractionAt: NOW - 27 * DAY,
  tags: ['friend', 'work'],
  createdAt: NOW - 10 * DAY,
});
const ok = person({
  name: 'Kato Ok',
  company: 'Beta',
  cadenceDays: 90,
  lastInteractionAt: NOW - 5 * DAY,
  met: { context: 'event', place: '', date: null, introducedBy: '' },
  createdAt: NOW - 50 * DAY,
});
const untracked = person({ name: 'Ueno Untracked', company: 'Beta', cadenceDays: null, createdAt: NOW - 20 * DAY });
const archived = person({
  name: 'Arai Archived',
  company: 'Acme',
  cadenceDays: 30,
  archivedAt: NOW - DAY,
  tags: ['friend'],
  createdAt: NOW - 5 * DAY,
});
const entries = buildIndex([archived, untracked, ok, soon, overdue]);
const names = (list: typeof entries) => list.map((e) => e.contact.name);

describe('findPeople filters', () => {
  it('hides archived people unless asked for them', () => {
    expect(names(findPeople(entries, '', NO_FILTER, clock))).not.toContain('Arai Archived');
    expect(names(findPeople(entries, '', { ...NO_FILTER, due: 'archived' }, clock))).toEqual(['Arai Archived']);
  });

  it('narrows by due state', () => {
    expect(names(findPeople(entries, '', { ...NO_FILTER, due: 'overdue' }, clock))).toEqual(['Ono Overdue']);
    expect(names(findPeople(entries, '', { ...NO_FILTER, due: 'soon' }, clock))).toEqual(['Sato Soon']);
    expect(names(findPeople(entries, '', { ...NO_FILTER, due: 'ok' }, clock))).toEqual(['Kato Ok']);
    expect(names(findPeople(entries, '', { ...NO_FILTER, due: 'none' }, clock))).toEqual(['Ueno Untracked']);
  });

  it('narrows by tag, how met (including "not recorded") and company, ignoring case and spaces', () => {
    expect(names(findPeople(entries, '', { ...NO_FILTER, tag: 'friend' }, clock))).toEqual([
      'Sato Soon',
      'Ono Overdue',
    ]);
    expect(names(findPeople(entries, '', { ...NO_FILTER, met: 'event' }, clock))).toEqual(['Kato Ok']);
    expect(names(findPeople(entries, '', { ...NO_FILTER, met: 'unknown' }, clock))).toEqual([
      'Ueno Untracked',
      'Sato Soon',
    ]);
    expect(names(findPeople(entries, '', { ...NO_FILTER, company: 'ACME' }, clock))).toEqual([
      'Sato Soon',
      'Ono Overdue',
    ]);
  });

  it('combines filters with the search words', () => {
    expect(names(findPeople(entries, 'sato', { ...NO_FILTER, tag: 'friend' }, clock))).toEqual(['Sato Soon']);
    expect(names(findPeople(entries, 'kato', { ...NO_FILTER, tag: 'friend' }, clock))).toEqual([]);
  });

  it('offers tags and companies of active people, most common first', () => {
    expect(tagFacets(entries)).toEqual([
      { value: 'friend', count: 2 },
      { value: 'work', count: 1 },
    ]);
    // "acme " and "Acme" are one company; archived people do not count.
    expect(companyFacets(entries)).toEqual([
      { value: 'acme', count: 2 },
      { value: 'Beta', count: 2 },
    ]);
  });
});

describe('sortEntries', () => {
  const active = findPeople(entries, '', NO_FILTER, clock);
  it('puts the most overdue first and the never-due last', () => {
    expect(names(sortEntries(active, 'overdue'))).toEqual(['Ono Overdue', 'Sato Soon', 'Kato Ok', 'Ueno Untracked']);
  });
  it('sorts by recently added', () => {
    expect(names(sortEntries(active, 'recent'))).toEqual(['Sato Soon', 'Ueno Untracked', 'Kato Ok', 'Ono Overdue']);
  });
  it('sorts by name', () => {
    expect(names(sortEntries(active, 'name'))).toEqual(['Kato Ok', 'Ono Overdue', 'Sato Soon', 'Ueno Untracked']);
  });
  it('sorts by last talk, never-talked last', () => {
    expect(names(sortEntries(active, 'lastTalk'))).toEqual(['Kato Ok', 'Sato Soon', 'Ono Overdue', 'Ueno Untracked']);
  });
  it('does not change the array it was given', () => {
    const before = names(active);
    sortEntries(active, 'name');
    expect(names(active)).toEqual(before);
  });
});
