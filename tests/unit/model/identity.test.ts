import { describe, expect, it } from 'vitest';
import {
  IdentityIndex,
  addsNothing,
  emailIdentity,
  isRoleEmail,
  phoneIdentity,
  sharedWithinBatch,
} from '../../../utils/model/identity';

const wei = {
  id: 'a',
  name: 'Wei Zhang',
  company: 'Acme',
  title: 'VP Sales',
  profileKeys: ['linkedin:wei-zhang'],
  emails: [],
  phones: [],
};

describe('the identity rule', () => {
  it('finds a person by a profile key', () => {
    const index = new IdentityIndex([wei]);
    expect(index.decide({ name: 'W. Zhang', profileKeys: ['linkedin:wei-zhang'] })).toMatchObject({
      kind: 'same',
      person: wei,
      by: 'profile-key',
    });
  });

  it('never merges on a name alone: a namesake with other facts is a possible duplicate', () => {
    const index = new IdentityIndex([wei]);
    expect(index.decide({ name: 'Wei Zhang', company: 'Globex', title: 'Intern' })).toEqual({
      kind: 'new',
      possibleDuplicateOf: wei,
      reason: 'same-name',
    });
  });

  it('treats the very same record seen again as that person (so imports stay idempotent)', () => {
    const index = new IdentityIndex([wei]);
    expect(index.decide({ name: 'wei  zhang', company: 'ACME' })).toMatchObject({ kind: 'same', by: 'same-record' });
  });

  it('finds a person by an email only they have, never by a role address or a shared one', () => {
    const a = { id: 'a', name: 'Aiko Mori', emails: ['aiko@example.org', 'info@kumo.example'], phones: [] };
    const b = { id: 'b', name: 'Ben Ito', emails: ['team.shared@example.org'], phones: [] };
    const c = { id: 'c', name: 'Cho Lee', emails: ['team.shared@example.org'], phones: [] };
    const index = new IdentityIndex([a, b, c]);
    expect(index.decide({ name: 'A. Mori', emails: ['AIKO@example.org'] })).toMatchObject({
      kind: 'same',
      person: a,
      by: 'email',
    });
    expect(index.decide({ name: 'Dan Ota', emails: ['info@kumo.example'] })).toMatchObject({
      kind: 'new',
      possibleDuplicateOf: null,
    });
    expect(index.decide({ name: 'Dan Ota', emails: ['team.shared@example.org'] })).toMatchObject({
      kind: 'new',
      reason: 'shared-email',
    });
  });

  it('finds a person by a phone number only they have, whatever its formatting', () => {
    const a = { id: 'a', name: 'Taro Yamada', emails: [], phones: ['090-1111-1111'] };
    const index = new IdentityIndex([a]);
    expect(index.decide({ name: 'T. Yamada', phones: ['090 1111 1111'] })).toMatchObject({ kind: 'same', by: 'phone' });
    expect(index.decide({ name: 'Taro Yamada', phones: ['080-2222-2222'] })).toMatchObject({
      kind: 'new',
      reason: 'same-name',
    });
  });

  it('knows role addresses and too-short numbers', () => {
    for (const role of [
      'info@x.example',
      'office@x.example',
      'contact@x.example',
      'sales@x.example',
      'hello@x.example',
      'Info+jp@x.example',
    ]) {
      expect(isRoleEmail(role)).toBe(true);
      expect(emailIdentity(role)).toBe('');
    }
    expect(isRoleEmail('hanako@x.example')).toBe(false);
    expect(phoneIdentity('110')).toBe('');
    expect(phoneIdentity('+81 90-1234-5678')).toBe('+819012345678');
  });

  it('treats an address a file gives to people of different names as shared', () => {
    const shared = sharedWithinBatch([
      { name: 'Aiko Mori', phones: ['03-1234-5678'] },
      { name: 'Ben Ito', phones: ['03 1234 5678'] },
      { name: 'Cho Lee', emails: ['cho@example.org'] },
      { name: 'Cho Lee', emails: ['cho@example.org'] },
    ]);
    expect([...shared.phones]).toEqual(['0312345678']);
    expect([...shared.emails]).toEqual([]);
  });

  it('uses Maps, so __proto__ and constructor are ordinary names and addresses', () => {
    const odd = {
      id: 'p',
      name: '__proto__',
      emails: ['constructor@example.org'],
      phones: [],
      profileKeys: ['web:constructor'],
    };
    const index = new IdentityIndex([odd]);
    expect(index.decide({ name: 'constructor' })).toEqual({ kind: 'new', possibleDuplicateOf: null, reason: null });
    expect(index.decide({ name: 'x', profileKeys: ['web:constructor'] })).toMatchObject({ kind: 'same', person: odd });
    expect(addsNothing(odd, { name: '__proto__' })).toBe(true);
  });
});
