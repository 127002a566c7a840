import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { DetailsCard } from '../../../entrypoints/dashboard/person/DetailsCard';
import { I18nProvider } from '../../../components/i18n';
import { db } from '../../../utils/db/instance';
import { newContact, saveCapture } from '../../../utils/db/contacts';
import { editContact } from '../../../utils/db/write-path';

/*
 * Issue 12, item 3 (lost updates between pages): the edit form writes only the fields the user changed, onto the
 * record as it is then; untouched fields follow the live record, so an "Update from page" made in the popup while
 * the form is open is neither hidden nor reverted.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

async function until<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeout = 5_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('Timed out waiting');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

function typeInto(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
  setter.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function fieldLabelled(label: string): HTMLTextAreaElement | HTMLInputElement | null {
  const element = Array.from(host!.querySelectorAll('label')).find((l) => l.textContent === label);
  return element ? (document.getElementById(element.htmlFor) as HTMLInputElement) : null;
}

function buttonNamed(name: string): HTMLButtonElement | undefined {
  return Array.from(host!.querySelectorAll('button')).find((b) => b.textContent === name);
}

/** The person page's way of reading the record: live. */
function LiveCard({ id }: { id: string }) {
  const contact = useLiveQuery(() => db.contacts.get(id), [id]);
  return contact ? <DetailsCard contact={contact} /> : null;
}

async function openForm(name: string, fields: Parameters<typeof newContact>[0]) {
  const contact = newContact({ name, ...fields }, Date.now() - 60_000);
  await db.contacts.add(contact);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      <I18nProvider language="en">
        <LiveCard id={contact.id} />
      </I18nProvider>,
    ),
  );
  const edit = await until(() => buttonNamed('Edit'));
  act(() => edit.click());
  await until(() => fieldLabelled('Title'));
  return contact;
}

describe('issue 12 item 3: the edit form and a change made on another page', () => {
  it('shows a popup update of an untouched field at once, and saving another field keeps it', async () => {
    const contact = await openForm('Hanako Yamada', {
      title: 'Engineer',
      company: 'Acme',
      profileKeys: ['linkedin:hanako-yamada-demo'],
    });
    // The popup's "Update from page" while the form is open.
    await saveCapture(
      db,
      {
        source: 'linkedin',
        profileKey: 'linkedin:hanako-yamada-demo',
        profile: { kind: 'linkedin', url: 'https://www.linkedin.com/in/hanako-yamada-demo/' },
        fields: { name: 'Hanako Yamada', title: 'Staff Engineer', company: 'Acme' },
      },
      { url: 'https://www.linkedin.com/in/hanako-yamada-demo/', cadenceDays: 30 },
    );
    await until(() => fieldLabelled('Title')!.value === 'Staff Engineer');

    act(() => typeInto(fieldLabelled('Location')!, 'Osaka'));
    act(() => buttonNamed('Save')!.click());
    const stored = await until(async () => {
      const c = await db.contacts.get(contact.id);
      return c?.location === 'Osaka' ? c : null;
    });
    expect(stored.title).toBe('Staff Engineer');
    expect(stored.location).toBe('Osaka');
  });

  it('the same field: the later edit wins, and the open form shows the other page’s value when untouched', async () => {
    const contact = await openForm('Kenji Mori', { company: 'Globex' });
    await editContact(db, contact.id, { company: 'Initech' });
    await until(() => fieldLabelled('Company')!.value === 'Initech');
    // The user now edits the same field here: theirs is the later edit.
    act(() => typeInto(fieldLabelled('Company')!, 'Umbrella'));
    act(() => buttonNamed('Save')!.click());
    await until(async () => (await db.contacts.get(contact.id))?.company === 'Umbrella');
  });

  it('a field typed into while another page changed it says so, and can take the other value', async () => {
    const contact = await openForm('Aiko Sato', { location: 'Kyoto' });
    act(() => typeInto(fieldLabelled('Location')!, 'Nara'));
    await editContact(db, contact.id, { location: 'Kobe' });
    await until(() => host!.textContent?.includes('Changed on another page meanwhile to “Kobe”'));
    expect(fieldLabelled('Location')!.value).toBe('Nara');
    act(() => buttonNamed('Use that instead')!.click());
    expect(fieldLabelled('Location')!.value).toBe('Kobe');
  });

  it('a field touched and set back writes nothing, so it cannot revert a change made meanwhile', async () => {
    const contact = await openForm('Ren Kobayashi', { headline: 'Designer', title: 'Designer' });
    act(() => typeInto(fieldLabelled('Headline')!, 'Designer at Acme'));
    act(() => typeInto(fieldLabelled('Headline')!, 'Designer'));
    act(() => typeInto(fieldLabelled('Place')!, 'Tokyo Tech Meetup'));
    const before = (await db.contacts.get(contact.id))!;
    await db.contacts.put({ ...before, headline: 'Lead Designer' });
    act(() => buttonNamed('Save')!.click());
    const stored = await until(async () => {
      const c = await db.contacts.get(contact.id);
      return c?.met.place === 'Tokyo Tech Meetup' ? c : null;
    });
    expect(stored.headline).toBe('Lead Designer');
  });
});
