import { describe, expect, it } from 'vitest';
import { distribution, placeOf, roleOf } from '../../../utils/insights/variety';
import { spreadKey } from '../../../entrypoints/dashboard/insights/spread';
import { quietPeople } from '../../../utils/insights/quiet';
import { reachBeyond } from '../../../utils/insights/suggestions';
import { DAY, NOW, person } from '../search/people-fixture';

const met = (context: 'lunch' | 'event' | 'online' | null) => ({ context, place: '', date: null, introducedBy: '' });

describe('distribution', () => {
  it('counts groups, largest first, with case folded and unknowns apart', () => {
    const people = [
      person({ company: 'Acme' }),
      person({ company: 'ACME' }),
      person({ company: 'Beta' }),
      person({ company: '' }),
    ];
    const d = distribution(people, 'company');
    expect(d.slices).toEqual([
      { key: 'Acme', count: 2 },
      { key: 'Beta', count: 1 },
      { key: '', count: 1 },
    ]);
    expect(d.distinct).toBe(2);
    expect(d.known).toBe(3);
    expect(d.topShare).toBeCloseTo(2 / 3);
  });

  it('scores evenness 1 for an even spread and 0 for one group', () => {
    const even = ['a', 'b', 'c', 'd'].map((company) => person({ company }));
    const one = ['a', 'a', 'a'].map((company) => person({ company }));
    expect(distribution(even, 'company').evenness).toBeCloseTo(1);
    expect(distribution(one, 'company').evenness).toBe(0);
    const skewed = ['a', 'a', 'a', 'a', 'a', 'a', 'b'].map((company) => person({ company }));
    const e = distribution(skewed, 'company').evenness;
    expect(e).toBeGreaterThan(0);
    expect(e).toBeLessThan(0.7);
  });

  it('keeps the top slices and sums the rest as others', () => {
    const people = Array.from({ length: 12 }, (_, i) => person({ company: `C${i}` }));
    const d = distribution(people, 'company', 5);
    expect(d.slices).toHaveLength(5);
    expect(d.otherCount).toBe(7);
  });

  it('counts every tag of a person, and roles without seniority words', () => {
    const tags = distribution([person({ tags: ['a', 'b'] }), person({ tags: ['a'] }), person({ tags: [] })], 'tag');
    expect(tags.slices).toEqual([
      { key: 'a', count: 2 },
      { key: 'b', count: 1 },
      { key: '', count: 1 },
    ]);
    expect(roleOf('Senior Software Engineer')).toBe('software engineer');
    expect(roleOf('software engineer')).toBe('software engineer');
  });

  it('groups roles by the whole title, not by a word such as the "of" of "Chief of Staff", and keeps their case', () => {
    expect(roleOf('Chief of Staff')).toBe('chief of staff');
    expect(roleOf('Head of Engineering')).toBe('head of engineering');
    expect(roleOf('Head of Sales')).not.toBe(roleOf('Head of Engineering'));
    expect(roleOf('Staff')).toBe('staff');
    expect(roleOf('シニアエンジニア')).toBe(roleOf('エンジニア'));
    const roles = distribution(
      [
        person({ title: 'Chief of Staff' }),
        person({ title: 'VP of Sales' }),
        person({ title: 'Senior Product Manager' }),
        person({ title: 'product manager' }),
      ],
      'role',
    );
    expect(roles.slices).toEqual([
      { key: 'Product Manager', count: 2 },
      { key: 'Chief of Staff', count: 1 },
      { key: 'VP of Sales', count: 1 },
    ]);
    expect(placeOf('Kyoto, Japan')).toBe('Kyoto');
    expect(distribution([person({ met: met('lunch') }), person({ met: met(null) })], 'met').slices).toEqual([
      { key: 'lunch', count: 1 },
      { key: '', count: 1 },
    ]);
  });
});

describe('quietPeople', () => {
  it('lists people with no touch for over a year, the quietest first, never the archived', () => {
    const old = person({ name: 'old', lastInteractionAt: NOW - 500 * DAY });
    const older = person({ name: 'older', lastInteractionAt: null, createdAt: NOW - 800 * DAY });
    const recent = person({ name: 'recent', lastInteractionAt: NOW - 30 * DAY });
    const gone = person({ name: 'gone', lastInteractionAt: NOW - 900 * DAY, archivedAt: NOW });
    expect(quietPeople([old, older, recent, gone], NOW).map((c) => c.name)).toEqual(['older', 'old']);
  });
});

describe('reachBeyond', () => {
  it('suggests people outside the recent circle, most different first, one per company', () => {
    const circle = [
      person({ name: 'c1', company: 'Acme', title: 'Engineer', met: met('lunch'), lastInteractionAt: NOW - 10 * DAY }),
      person({ name: 'c2', company: 'Acme', title: 'Designer', met: met('lunch'), lastInteractionAt: NOW - 20 * DAY }),
    ];
    const sameCircle = person({
      name: 'same',
      company: 'Acme',
      title: 'Engineer',
      met: met('lunch'),
      lastInteractionAt: NOW - 200 * DAY,
    });
    const allNew = person({
      name: 'allNew',
      company: 'Zen',
      title: 'Farmer',
      met: met('event'),
      lastInteractionAt: NOW - 100 * DAY,
    });
    const allNewSameCompany = person({
      name: 'allNew2',
      company: 'zen',
      title: 'Baker',
      met: met('online'),
      lastInteractionAt: NOW - 300 * DAY,
    });
    const oneNew = person({
      name: 'oneNew',
      company: 'Acme',
      title: 'Engineer',
      met: met('event'),
      lastInteractionAt: NOW - 400 * DAY,
    });
    const archived = person({ name: 'arch', company: 'Qux', title: 'Poet', met: met('online'), archivedAt: NOW });
    const result = reachBeyond([...circle, sameCircle, allNew, allNewSameCompany, oneNew, archived], NOW);
    expect(result.map((s) => s.contact.name)).toEqual(['allNew2', 'oneNew']);
    expect(result[0]?.reasons).toEqual(['company', 'role', 'context']);
    expect(result[1]?.reasons).toEqual(['context']);
  });

  it('never suggests someone already in the recent circle', () => {
    const recent = person({ name: 'r', company: 'Solo', lastInteractionAt: NOW - DAY });
    expect(reachBeyond([recent], NOW)).toEqual([]);
  });
});

describe('the grade of a chart', () => {
  it('says nothing is recorded instead of "Concentrated · 0 different" when no one has a value', () => {
    const empty = distribution([person({ company: '' }), person({ company: '' })], 'company');
    expect(spreadKey(empty)).toBeNull();
    expect(spreadKey(distribution([person({ company: 'A' }), person({ company: 'A' })], 'company'))).toBe(
      'dash.insights.spread.narrow',
    );
    expect(spreadKey(distribution([person({ company: 'A' }), person({ company: 'B' })], 'company'))).toBe(
      'dash.insights.spread.varied',
    );
  });
});
