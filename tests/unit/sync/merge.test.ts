import { describe, expect, it } from 'vitest';
import { mergeRemote } from '../../../utils/sync/merge';
import { recordOf } from '../../../utils/sync/local-record';
import type { SyncRecord } from '../../../utils/sync/record';
import { sampleContact } from './fixtures';

const NOW = 1_800_000_000_000;
const note = { id: 'n1', contactId: 'c-hoshino-1', body: 'first', createdAt: 1, updatedAt: 1 };

function clone(r: SyncRecord): SyncRecord {
  return structuredClone(r);
}

describe('three-way merge', () => {
  const base = recordOf(sampleContact(), [note], []);

  it('a field changed only remotely is applied and stamped to win; a local-only change stays', () => {
    const local = clone(base);
    local.card.title = 'CTO';
    local.private!.fieldSeenAt.title = NOW - 10;
    const remote = clone(base);
    remote.card.location = 'Ishinomaki';
    remote.private!.writtenCard.location = 'Ishinomaki';
    remote.private!.fieldSeenAt.location = 5;
    const out = mergeRemote(base, local, remote, { rev: null, now: NOW });
    expect(out.incoming).toMatchObject({ location: 'Ishinomaki' });
    expect(out.incoming!.fieldSeenAt!.location).toBeGreaterThan(local.private!.fieldSeenAt.location!);
    expect(out.incoming).not.toHaveProperty('title');
  });

  it('a phone that dropped the X- part changes only card fields and removes nothing private', () => {
    const remote: SyncRecord = { ...clone(base), private: null };
    remote.card.name = 'Mirei Hoshino-Sato';
    remote.card.phones = ['+81 90 555 0199'];
    const out = mergeRemote(base, clone(base), remote, { rev: NOW - 5, now: NOW });
    expect(out.incoming).toMatchObject({ name: 'Mirei Hoshino-Sato', phones: ['+81 90 555 0199'] });
    expect(Object.keys(out.incoming!).sort()).toEqual(['fieldSeenAt', 'id', 'name', 'phones']);
    expect(out.notesDelete).toEqual([]);
    expect(out.interactionsDelete).toEqual([]);
  });

  it('both sides changed a list: both entries kept; notes merge by id and deletions travel', () => {
    const local = clone(base);
    local.card.tags = [...base.card.tags, 'local-tag'];
    local.private!.notes.push({ ...note, id: 'n2', body: 'local note' });
    const remote = clone(base);
    remote.card.tags = [...base.card.tags, 'remote-tag'];
    remote.private!.writtenCard.tags = remote.card.tags;
    remote.private!.notes = [{ ...note, id: 'n3', body: 'remote note' }];
    const out = mergeRemote(base, local, remote, { rev: null, now: NOW });
    expect(out.incoming!.tags).toEqual([...base.card.tags, 'local-tag', 'remote-tag']);
    expect(out.notesPut.map((n) => n.id)).toEqual(['n3']);
    expect(out.notesDelete).toEqual(['n1']);
  });

  it('nothing new remotely gives nothing to apply', () => {
    const local = clone(base);
    local.card.title = 'CTO';
    const out = mergeRemote(base, local, clone(base), { rev: null, now: NOW });
    expect(out.incoming).toBeNull();
    expect(out.notesPut).toEqual([]);
  });
});
