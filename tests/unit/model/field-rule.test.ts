import { describe, expect, it } from 'vitest';
import { applyEdit, applyFieldRule, seenAtOf } from '../../../utils/model/field-rule';
import { newContact } from '../../../utils/db/new-contact';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1);

function saved() {
  return newContact(
    {
      name: 'Wei Zhang',
      company: 'Acme',
      title: 'VP Sales',
      emails: ['wei@example.org'],
      fieldSeenAt: { name: T0, company: T0, title: T0, emails: T0 },
    },
    T0,
  );
}

describe('the field rule', () => {
  it('never lets a value seen earlier replace one seen later, and records no job change for it', () => {
    const out = applyFieldRule(
      saved(),
      { company: 'Old Co', title: 'Intern' },
      { source: 'import', seenAt: T0 - DAY, now: T0 + DAY },
    );
    expect(out.contact).toMatchObject({ company: 'Acme', title: 'VP Sales', jobChange: null });
    expect(out).toMatchObject({ changed: [], jobChanged: false });
  });

  it('takes a value seen later and records the move forwards, at the time it was seen', () => {
    const out = applyFieldRule(
      saved(),
      { company: 'Globex' },
      { source: 'capture', seenAt: T0 + DAY, now: T0 + 2 * DAY },
    );
    expect(out.contact.company).toBe('Globex');
    expect(out.contact.fieldSeenAt.company).toBe(T0 + DAY);
    expect(out.contact.jobChange).toEqual({ from: 'VP Sales @ Acme', to: 'VP Sales @ Globex', seenAt: T0 + DAY });
  });

  it('uses per-field times when the source has them (sync)', () => {
    const out = applyFieldRule(
      saved(),
      { company: 'Globex', title: 'Director', fieldSeenAt: { company: T0 - DAY, title: T0 + DAY } },
      { source: 'sync', seenAt: T0, now: T0 + DAY },
    );
    expect(out.contact).toMatchObject({ company: 'Acme', title: 'Director' });
  });

  it('never erases with an empty value and lets a file only fill in a name', () => {
    const out = applyFieldRule(
      saved(),
      { name: 'W. Zhang', company: '' },
      { source: 'import', seenAt: T0 + DAY, now: T0 + DAY },
    );
    expect(out.contact).toMatchObject({ name: 'Wei Zhang', company: 'Acme' });
  });

  it('joins lists from captures and files but lets a newer sync list replace an older one', () => {
    expect(
      applyFieldRule(saved(), { emails: ['zhang@example.org'] }, { source: 'import', seenAt: T0 + DAY, now: T0 })
        .contact.emails,
    ).toEqual(['wei@example.org', 'zhang@example.org']);
    expect(
      applyFieldRule(saved(), { emails: ['zhang@example.org'] }, { source: 'sync', seenAt: T0 + DAY, now: T0 }).contact
        .emails,
    ).toEqual(['zhang@example.org']);
  });

  it('stamps an edit with the edit time and writes only the fields it names', () => {
    const stored = saved();
    const out = applyEdit(stored, { title: 'CRO' }, T0 + 5 * DAY);
    expect(out.changed).toEqual(['title']);
    expect(out.contact).toMatchObject({
      title: 'CRO',
      company: 'Acme',
      fieldSeenAt: { title: T0 + 5 * DAY, company: T0 },
    });
    // And a file exported before the edit cannot bring the old title back.
    const later = applyFieldRule(
      out.contact,
      { title: 'VP Sales' },
      { source: 'import', seenAt: T0 + DAY, now: T0 + 6 * DAY },
    );
    expect(later.contact.title).toBe('CRO');
  });

  it('reads a missing time as the record’s last write, and never reads a user string as a key', () => {
    const stored = newContact({ name: 'A', updatedAt: T0 }, T0);
    expect(seenAtOf(stored, 'company')).toBe(T0);
    expect(seenAtOf({ ...stored, fieldSeenAt: {} }, 'constructor' as never)).toBe(T0);
  });
});
