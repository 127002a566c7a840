import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../utils/search/haystack';
import { findPeople, NO_FILTER, type PeopleFilter } from '../../../utils/search/filters';
import { sortEntries, SORT_KEYS } from '../../../utils/search/sort';
import { PeopleIndex } from '../../../utils/search/people-index';
import { summarize } from '../../../utils/search/search-row';
import { buildSearchRows } from '../../../utils/db/search-rows';
import type { Contact } from '../../../utils/model/contact';
import type { Note } from '../../../utils/model/note';
import { DAY, NOW, person } from './people-fixture';

const clock = { now: NOW, soonDays: 7 };
const hanako = person({
  name: '山田 花子',
  company: '株式会社さくらテック',
  title: 'エンジニア',
  tags: ['勉強会'],
  cadenceDays: 30,
  lastInteractionAt: NOW - 40 * DAY,
});
const taro = person({
  name: '山本 太郎',
  company: 'ｻｸﾗ ﾃﾞｻﾞｲﾝ',
  location: '横浜',
  cadenceDays: 30,
  lastInteractionAt: NOW - 27 * DAY,
});
const jose = person({
  name: 'José Núñez',
  company: 'Café Müller',
  location: 'São Paulo',
  topics: ['Ökologie'],
  cadenceDays: null,
});
const soren = person({ name: 'Søren Ærø', company: 'Straße Werk', archivedAt: NOW - DAY });
const mika = person({
  name: 'Mika Ito',
  company: 'ＡＣＭＥ Robotics',
  headline: 'Ｒｕｓｔ engineer',
  tags: ['friend'],
});
const kenji = person({
  name: 'Kenji Sato',
  company: 'Acme Robotics',
  title: 'Designer',
  tags: ['friend', 'work'],
  met: { context: 'event', place: '', date: null, introducedBy: '' },
});
const people: Contact[] = [hanako, taro, jose, soren, mika, kenji];
const notes: Note[] = [
  { id: 'n1', contactId: kenji.id, body: 'ランチで転職の話をした。来月また連絡する。', createdAt: NOW, updatedAt: NOW },
  { id: 'n2', contactId: jose.id, body: 'Quiere presentarme a su equipo de diseño.', createdAt: NOW, updatedAt: NOW },
];

const index = () => new PeopleIndex(buildSearchRows(people, notes).filter((r) => r.person));
const names = (
  idx: PeopleIndex,
  q: string,
  filter: PeopleFilter = NO_FILTER,
  sort: (typeof SORT_KEYS)[number] = 'overdue',
) => idx.search(q, filter, sort, clock).positions.map((p) => idx.nameAt(p));
const reference = (
  q: string,
  filter: PeopleFilter,
  sort: (typeof SORT_KEYS)[number],
  list = people,
  noteRows = notes,
) => findPeople(sortEntries(buildIndex(list, noteRows), sort), q, filter, clock).map((e) => e.contact.name);

describe('the in-memory people index', () => {
  it('keeps the search-quality rules: parts of Japanese words, widths, accents, several words narrow', () => {
    const idx = index();
    expect(names(idx, '花子')).toEqual(['山田 花子']);
    expect(names(idx, '山田')).toEqual(['山田 花子']);
    expect(names(idx, 'さくら')).toEqual(['山田 花子']);
    expect(names(idx, '転職')).toEqual(['Kenji Sato']);
    expect(names(idx, 'ｻｸﾗ')).toEqual(['山本 太郎']);
    expect(names(idx, 'ＡＣＭＥ').sort()).toEqual(['Kenji Sato', 'Mika Ito']);
    expect(names(idx, 'jose')).toEqual(['José Núñez']);
    expect(names(idx, 'diseno')).toEqual(['José Núñez']);
    expect(names(idx, 'robotics designer')).toEqual(['Kenji Sato']);
    expect(names(idx, '山田 横浜')).toEqual([]);
    expect(names(idx, 'soren', { ...NO_FILTER, due: 'archived' })).toEqual(['Søren Ærø']);
  });

  it('gives exactly what the full scan gives, for every sort, filter and keystroke of a typed query', () => {
    const idx = index();
    const filters: PeopleFilter[] = [
      NO_FILTER,
      { ...NO_FILTER, due: 'overdue' },
      { ...NO_FILTER, due: 'soon' },
      { ...NO_FILTER, due: 'none' },
      { ...NO_FILTER, due: 'archived' },
      { ...NO_FILTER, tag: 'friend' },
      { ...NO_FILTER, met: 'event' },
      { ...NO_FILTER, met: 'unknown' },
      { ...NO_FILTER, company: 'acme robotics' },
    ];
    for (const sort of SORT_KEYS) {
      for (const filter of filters) {
        for (const query of ['robotics designer', '山田 花子', 'jose', 'xyz']) {
          for (let end = 0; end <= query.length; end += 1) {
            const typed = query.slice(0, end);
            expect(names(idx, typed, filter, sort), `${sort} ${JSON.stringify(filter)} "${typed}"`).toEqual(
              reference(typed, filter, sort),
            );
          }
        }
      }
    }
  });

  it('is patched by changed rows: a new person, an edit that moves someone in the order, a deletion', () => {
    const idx = index();
    idx.order('overdue');
    names(idx, 'ro');
    const moved = { ...kenji, dueAt: NOW - 400 * DAY, tags: ['vip'] };
    const added = person({ name: 'Ryo Robotics', cadenceDays: 30, lastInteractionAt: NOW - 10 * DAY });
    idx.apply([
      { id: moved.id, seq: 100, notes: '', person: summarize(moved) },
      { id: added.id, seq: 101, notes: 'likes robots', person: summarize(added) },
      { id: taro.id, seq: 102, notes: '', person: null },
    ]);
    const now = [hanako, jose, soren, mika, moved, added];
    for (const q of ['', 'ro', 'rob', '転職', 'robots'])
      expect(names(idx, q)).toEqual(
        reference(q, NO_FILTER, 'overdue', now, [
          ...notes.filter((n) => n.id !== 'n1'),
          { id: 'n3', contactId: added.id, body: 'likes robots', createdAt: NOW, updatedAt: NOW },
        ]),
      );
    expect(idx.size).toBe(6);
    expect(
      idx
        .tagFacets()
        .map((f) => f.value)
        .sort(),
    ).toEqual(['friend', 'vip', '勉強会']);
  });
});
