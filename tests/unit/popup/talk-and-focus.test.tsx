import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { TalkLogger } from '../../../entrypoints/popup/TalkLogger';
import { NotesBox } from '../../../entrypoints/popup/NotesBox';
import { LogInteractionForm } from '../../../entrypoints/dashboard/person/LogInteractionForm';
import { DetailsCard } from '../../../entrypoints/dashboard/person/DetailsCard';
import { Timeline } from '../../../entrypoints/dashboard/person/Timeline';
import { ToastProvider } from '../../../entrypoints/dashboard/ui/Toast';
import { I18nProvider } from '../../../components/i18n';
import { db } from '../../../utils/db/instance';
import { newContact } from '../../../utils/db/contacts';
import type { Contact } from '../../../utils/model/contact';

/* Issue 15, "fix what the walk found": a double-click logs once, with Undo; focus is never dropped to <body>. */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
let person: Contact;

beforeEach(async () => {
  await db.interactions.clear();
  await db.notes.clear();
  person = newContact({ name: 'Yoko Tanaka' }, Date.now() - 60_000);
  await db.contacts.add(person);
});

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

function render(ui: ReactNode) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<I18nProvider language="en">{ui}</I18nProvider>));
}

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

const buttonNamed = (name: string) => Array.from(host!.querySelectorAll('button')).find((b) => b.textContent === name);
const talks = () => db.interactions.where('contactId').equals(person.id).count();

function typeInto(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
  setter.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('popup: Talked today', () => {
  it('logs once for a double-click, then reads "Logged" with an Undo that removes that talk', async () => {
    render(<TalkLogger contactId={person.id} name={person.name} />);
    const talked = buttonNamed('Talked today')!;
    act(() => {
      talked.click();
      talked.click();
    });
    await until(() => buttonNamed('Logged ✓'));
    // A third, later click on the same spot logs nothing either.
    act(() => buttonNamed('Logged ✓')!.click());
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(await talks()).toBe(1);
    expect((await db.contacts.get(person.id))!.lastInteractionAt).not.toBeNull();

    act(() => buttonNamed('Undo')!.click());
    await until(async () => (await talks()) === 0);
    expect((await db.contacts.get(person.id))!.lastInteractionAt).toBeNull();
    await until(() => buttonNamed('Talked today'));
    expect(document.activeElement?.textContent).toBe('Talked today');
  });
});

describe('dashboard: Log it', () => {
  it('logs once for a double submit, and the toast’s Undo removes it', async () => {
    render(
      <ToastProvider>
        <LogInteractionForm contactId={person.id} name={person.name} />
      </ToastProvider>,
    );
    const submit = buttonNamed('Log it')!;
    act(() => {
      submit.click();
      submit.click();
    });
    await until(() => buttonNamed('Undo'));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(await talks()).toBe(1);
    act(() => buttonNamed('Undo')!.click());
    await until(async () => (await talks()) === 0);
  });
});

describe('focus after saving', () => {
  it('popup Add note: focus returns to the note box', async () => {
    render(<NotesBox contactId={person.id} name={person.name} />);
    const box = host!.querySelector('textarea')!;
    box.focus();
    act(() => typeInto(box, 'Likes trail running'));
    const add = buttonNamed('Add note')!;
    add.focus();
    act(() => add.click());
    await until(async () => (await db.notes.where('contactId').equals(person.id).count()) === 1);
    await until(() => document.activeElement === box);
  });

  it('dashboard Save note: focus returns to the note box', async () => {
    render(<Timeline contactId={person.id} name={person.name} jobChange={null} />);
    const box = host!.querySelector('textarea')!;
    act(() => typeInto(box, 'Promised an intro'));
    const save = buttonNamed('Save note')!;
    save.focus();
    act(() => save.click());
    await until(async () => (await db.notes.where('contactId').equals(person.id).count()) === 1);
    await until(() => document.activeElement === box);
  });

  it('dashboard details Save: focus goes to the saved card’s heading', async () => {
    function Live() {
      const contact = useLiveQuery(() => db.contacts.get(person.id), []);
      return contact ? <DetailsCard contact={contact} /> : null;
    }
    render(<Live />);
    const edit = await until(() => buttonNamed('Edit'));
    act(() => edit.click());
    const save = await until(() => buttonNamed('Save'));
    save.focus();
    act(() => save.click());
    const heading = await until(
      () => host!.querySelector('h2')?.textContent === 'Details' && host!.querySelector('h2'),
    );
    await until(() => document.activeElement === heading);
  });
});
