import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Timeline } from '../../../entrypoints/dashboard/person/Timeline';
import { db } from '../../../utils/db/instance';
import { newContact } from '../../../utils/db/contacts';
import { alertText, buttonNamed, mount, typeInto, until } from '../components/render';

/*
 * Issue 13: a failed write in the dashboard says what was not saved, in plain words, instead of nothing. The
 * notes table here fails as a full disk does.
 */

let view: ReturnType<typeof mount> | null = null;
const unhook: Array<() => void> = [];

afterEach(async () => {
  view?.unmount();
  view = null;
  for (const undo of unhook.splice(0)) undo();
  await db.notes.clear();
  await db.contacts.clear();
});

function diskFull() {
  const hook = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  db.notes.hook('creating', hook);
  unhook.push(() => db.notes.hook('creating').unsubscribe(hook));
}

async function addNoteFor(name: string, body: string, lang: 'en' | 'ja' = 'en') {
  const contact = newContact({ name }, Date.now());
  await db.contacts.add(contact);
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  view = mount(<Timeline contactId={contact.id} name={contact.name} jobChange={null} />, lang);
  const box = await until(() => view!.host.querySelector('textarea'));
  act(() => typeInto(box, body));
  const save = await until(() => view!.host.querySelector<HTMLButtonElement>('.note-compose button[type="submit"]'));
  act(() => save.click());
  return { contact, box, sent };
}

describe('the write helper in the dashboard', () => {
  it('names the note that a full disk kept from being saved, and keeps the draft', async () => {
    diskFull();
    const { box, sent } = await addNoteFor('Hanako Yamada', 'Loves trail running');
    const message = await until(() => alertText());
    expect(message).toBe(
      'The note for Hanako Yamada was not saved: the browser’s storage is full (free some disk space, or export and remove old people).',
    );
    expect(box.value).toBe('Loves trail running');
    expect(await db.notes.count()).toBe(0);
    // Nothing was written, so the worker has nothing to recount.
    expect(sent).not.toHaveBeenCalled();
  });

  it('says it in Japanese on a Japanese page', async () => {
    diskFull();
    await addNoteFor('山田 花子', '山登りが好き', 'ja');
    expect(await until(() => alertText())).toContain(
      '山田 花子さんのメモを保存できませんでした：ブラウザの保存領域がいっぱいです',
    );
  });

  it('tells the worker exactly once after a write that succeeds, and shows no error', async () => {
    const { contact, box, sent } = await addNoteFor('Kenji Mori', 'Met at the meetup');
    await until(async () => (await db.notes.where('contactId').equals(contact.id).count()) === 1);
    await until(() => box.value === '');
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent).toHaveBeenCalledWith({ type: 'data-changed' });
    expect(alertText()).toBe('');
    await until(() => buttonNamed(view!.host, 'Delete'));
  });
});
