import { describe, expect, it } from 'vitest';
import { generateDataSet } from '../../../bench/data/people';
import { generateConnectionsCsv } from '../../../bench/data/connections-csv';
import { BENCH_PROFILE_URL, generateLinkedInPage } from '../../../bench/data/linkedin-page';
import { ContactSchema } from '../../../utils/model/contact';
import { computeDueAt } from '../../../utils/cadence/due';
import { parseLinkedInConnections } from '../../../utils/io/linkedin-csv';
import { captureFromDocument } from '../../../utils/capture/index';
import { median, percentile } from '../../../bench/page/stats';

const NOW = Date.UTC(2026, 10, 27, 12);

describe('bench data sets', () => {
  it('are the same for the same size and day, so runs compare', () => {
    expect(generateDataSet(300, NOW)).toEqual(generateDataSet(300, NOW));
    expect(generateDataSet(300, NOW).contacts[0]?.name).not.toBe(generateDataSet(301, NOW).contacts[0]?.name);
  });

  it('hold valid people with a derived dueAt, notes, talks and Japanese names', () => {
    const { contacts, notes, interactions } = generateDataSet(1_000, NOW);
    expect(contacts).toHaveLength(1_000);
    for (const contact of contacts) {
      expect(ContactSchema.safeParse(contact).success).toBe(true);
      expect(contact.dueAt).toBe(computeDueAt(contact));
    }
    expect(new Set(contacts.map((c) => c.id)).size).toBe(1_000);
    expect(notes.length).toBeGreaterThan(500);
    expect(interactions.length).toBeGreaterThan(2_000);
    const japanese = contacts.filter((c) => /[\u4e00-\u9fff]/.test(c.name)).length;
    expect(japanese).toBeGreaterThan(300);
    expect(japanese).toBeLessThan(500);
    // Some are overdue and some are not, as in real use: a count over all or none would flatter the index.
    const overdue = contacts.filter((c) => c.dueAt !== null && c.dueAt <= NOW).length;
    expect(overdue).toBeGreaterThan(100);
    expect(overdue).toBeLessThan(900);
  });

  it('write a Connections.csv the real importer reads row for row', () => {
    const parsed = parseLinkedInConnections(generateConnectionsCsv(500, NOW));
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toHaveLength(500);
    expect(new Set(parsed.records.map((r) => r.profileKeys[0])).size).toBe(500);
    expect(parsed.records.every((r) => r.metDate !== null)).toBe(true);
  });

  it('build a LinkedIn page of at least 10,000 elements whose profile the extractor finds', () => {
    const page = generateLinkedInPage(10_000);
    const doc = new DOMParser().parseFromString(page.html, 'text/html');
    const elements = doc.querySelectorAll('*').length;
    expect(elements).toBeGreaterThanOrEqual(10_000);
    expect(elements).toBeLessThan(10_500);
    expect(captureFromDocument(doc, BENCH_PROFILE_URL)?.fields.name).toBe('Haruka Nishimura');
    // jsdom is far slower than Chromium on a page this size.
  }, 60_000);
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(() => percentile([], 50)).toThrow();
  });

  it('gives the median of an even count as the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });
});
