import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ImportPanel } from '../../../components/import-export/ImportPanel';
import { ExportPanel } from '../../../components/import-export/ExportPanel';
import { I18nProvider } from '../../../components/i18n';
import { testDb } from '../db/test-db';
import { fixtureBytes, fixtureText } from './fixtures';
import type { TsunagariDB } from '../../../utils/db/database';
import { zipSync, strToU8 } from 'fflate';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

function render(ui: React.ReactNode) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(ui));
  return host;
}

async function waitFor<T>(check: () => T | null | undefined | false, timeout = 5_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('Timed out waiting');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

function byLabel(container: HTMLElement, text: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  if (!label) throw new Error(`No label "${text}"`);
  return container.ownerDocument.getElementById(label.htmlFor) as HTMLInputElement;
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

async function chooseFile(input: HTMLInputElement, name: string, bytes: Uint8Array) {
  const file = new File([new Uint8Array(bytes)], name);
  // jsdom's Blob has no arrayBuffer(); browsers do, and the panel uses it.
  if (!('arrayBuffer' in file)) Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ImportPanel', () => {
  it('previews, imports with the Import button and reports what it did', async () => {
    const db = testDb();
    const view = render(<ImportPanel db={db} />);
    await chooseFile(byLabel(view, 'Import file'), 'Connections.csv', fixtureBytes('linkedin-connections.csv'));
    await waitFor(() => view.querySelector('.io-counts'));
    const counts = [...view.querySelectorAll('.io-counts dd')].map((d) => d.textContent);
    expect(counts).toEqual(['5', '0', '0', '3', '1']);
    expect(view.textContent).toContain('LinkedIn connections (CSV)');
    expect(view.querySelector('.io-bad-rows summary')?.textContent).toBe('Show the 3 rows that will be left out');
    await waitFor(() => !button(view, 'Import').disabled);
    await act(async () => button(view, 'Import').click());
    const status = await waitFor(() =>
      view.querySelector('[role=status][aria-live=polite]')?.textContent?.startsWith('Imported')
        ? view.querySelector('[role=status][aria-live=polite]')
        : null,
    );
    expect(status?.textContent).toBe('Imported: 5 new, 0 updated, 0 already up to date.');
    expect(await db.contacts.count()).toBe(5);
  });

  it('asks who to keep in touch with, "nobody yet" chosen by default, and imports people untracked (issue 15)', async () => {
    const db = testDb();
    const view = render(<ImportPanel db={db} />);
    await chooseFile(byLabel(view, 'Import file'), 'Connections.csv', fixtureBytes('linkedin-connections.csv'));
    const legend = await waitFor(() => view.querySelector('.io-keep legend'));
    expect(legend.textContent).toBe('Keep in touch with');
    const radios = [...view.querySelectorAll<HTMLInputElement>('.io-keep input[type=radio]')];
    expect(radios.map((r) => r.checked)).toEqual([true, false, false]);
    expect(view.textContent).toContain('Nobody from this file will be added to your reminders.');
    await act(async () => radios[2]!.click());
    expect(view.textContent).toContain('Up to 5 people from this file will be added to your reminders.');
    await act(async () => radios[0]!.click());
    await waitFor(() => !button(view, 'Import').disabled);
    await act(async () => button(view, 'Import').click());
    await waitFor(() => view.textContent?.includes('Imported: 5 new'));
    expect((await db.contacts.toArray()).every((c) => c.cadenceDays === null && c.dueAt === null)).toBe(true);
  });

  it('asks for a column mapping for an unknown CSV, then imports with it', async () => {
    const db = testDb();
    const view = render(<ImportPanel db={db} />);
    await chooseFile(byLabel(view, 'Import file'), 'people.csv', fixtureBytes('generic-ja.csv'));
    const select = byLabel(view, 'Column “氏名”') as unknown as HTMLSelectElement;
    expect(select.value).toBe('name');
    await act(async () => button(view, 'Continue').click());
    await waitFor(() => view.querySelector('.io-counts'));
    await waitFor(() => !button(view, 'Import').disabled);
    await act(async () => button(view, 'Import').click());
    await waitFor(() => view.textContent?.includes('Imported: 2 new'));
    expect((await db.contacts.toArray()).map((c) => c.name).sort()).toEqual(['Olivia Grant', '中村 優']);
  });

  it('shows a clear error for a zip without connections, in Japanese too', async () => {
    const db = testDb();
    const view = render(
      <I18nProvider language="ja">
        <ImportPanel db={db} />
      </I18nProvider>,
    );
    await chooseFile(byLabel(view, 'インポートするファイル'), 'export.zip', zipSync({ 'Profile.csv': strToU8('x') }));
    const alert = await waitFor(() => view.querySelector('[role=alert]'));
    expect(alert.textContent).toContain('Connections.csv がありません');
  });
});

describe('ExportPanel', () => {
  async function seeded(): Promise<TsunagariDB> {
    const db = testDb();
    const { importConnectionsCsv } = await import('../../../utils/io/import-run');
    await importConnectionsCsv(db, fixtureText('linkedin-connections.csv'), {
      cadence: { defaultCadenceDays: 30, tagCadences: {} },
    });
    return db;
  }

  it('downloads a CSV through a temporary link', async () => {
    const db = await seeded();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const view = render(<ExportPanel db={db} />);
    await act(async () => button(view, 'Export CSV').click());
    await waitFor(() => clicks.length > 0);
    expect(clicks[0]).toMatch(/^tsunagari-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(text).toContain('"山田 太郎"');
    expect(view.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });

  it('restores a backup only after the confirmation', async () => {
    const db = await seeded();
    const view = render(<ExportPanel db={db} />);
    await chooseFile(byLabel(view, 'Backup file'), 'backup.json', fixtureBytes('backup-v1.json'));
    const dialog = await waitFor(() => view.querySelector('[role=alertdialog]'));
    expect(dialog.textContent).toContain('This deletes the 5 people saved now');
    expect(await db.contacts.count()).toBe(5);
    await act(async () => button(view, 'Replace with backup').click());
    await waitFor(() => view.textContent?.includes('Restored 1 person from the backup.'));
    expect((await db.contacts.toArray()).map((c) => c.name)).toEqual(['渡辺 さくら']);
  });
});
