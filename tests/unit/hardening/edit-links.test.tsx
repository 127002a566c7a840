import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DetailsCard } from '../../../entrypoints/dashboard/person/DetailsCard';
import { I18nProvider } from '../../../components/i18n';
import { db } from '../../../utils/db/instance';
import { newContact } from '../../../utils/db/contacts';

/*
 * The user's edit path: the dashboard's details form is where a pasted link reaches updateContact. The
 * repository stores a patch as given, so today the form's sanitizing is what holds the rule (SECURITY.md).
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

async function until<T>(check: () => T | null | undefined | false, timeout = 5_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('Timed out waiting');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

function typeInto(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  // React tracks the value through the prototype's setter; setting it there makes the input event count.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
  setter.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function fieldLabelled(container: HTMLElement, label: string): HTMLTextAreaElement | HTMLInputElement {
  const element = Array.from(container.querySelectorAll('label')).find((l) => l.textContent === label);
  // useId() makes ids with colons, which a CSS selector would need escaped; getElementById does not.
  return (element ? document.getElementById(element.htmlFor) : null) as HTMLTextAreaElement | HTMLInputElement;
}

const HOSTILE = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'JAVASCRIPT:alert(2)',
];

describe('links typed or pasted into the person form', () => {
  it('store only http(s) websites; javascript:, data: and vbscript: are dropped', async () => {
    const contact = newContact({ name: 'Sora Hayashi' }, Date.now());
    await db.contacts.add(contact);
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    act(() =>
      root!.render(
        <I18nProvider language="en">
          <DetailsCard contact={contact} />
        </I18nProvider>,
      ),
    );
    const edit = await until(() => Array.from(host!.querySelectorAll('button')).find((b) => b.textContent === 'Edit'));
    act(() => edit.click());
    const websites = await until(() => fieldLabelled(host!, 'Websites'));
    act(() => typeInto(websites, [...HOSTILE, 'https://sora.example/'].join('\n')));
    const save = Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Save')!;
    act(() => save.click());

    let stored = await db.contacts.get(contact.id);
    for (let i = 0; i < 250 && stored?.updatedAt === contact.updatedAt; i++) {
      await act(() => new Promise((r) => setTimeout(r, 20)));
      stored = await db.contacts.get(contact.id);
    }
    if (!stored || stored.updatedAt === contact.updatedAt) throw new Error('The edit was never saved.');
    expect(stored.websites).toEqual(['https://sora.example/']);
    expect(JSON.stringify(stored).toLowerCase()).not.toMatch(/javascript:|vbscript:|data:/);
  });
});
