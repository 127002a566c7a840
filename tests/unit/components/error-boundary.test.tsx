import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { DatabaseGate } from '../../../components/DatabaseGate';
import { DB_VERSION, TsunagariDB } from '../../../utils/db/database';
import { mount, until } from './render';

/*
 * Issue 12 item 8: the popup and dashboard wrap every page in this boundary (components/AppRoot.tsx). A database
 * written by a newer version makes every live query throw; the page then says so plainly instead of going blank.
 */

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
  vi.restoreAllMocks();
});

function People({ db }: { db: TsunagariDB }) {
  const count = useLiveQuery(() => db.contacts.count(), []);
  return <p>{count === undefined ? 'loading' : `${count} people`}</p>;
}

function Broken(): never {
  throw new Error('render exploded');
}

describe('the page error screens', () => {
  it('DatabaseGate: a newer database is said plainly, with a reload button, instead of a page loading forever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const name = `tsunagari-boundary-${Math.random().toString(36).slice(2)}`;
    const newer = new Dexie(name);
    newer.version(DB_VERSION + 1).stores({ contacts: 'id', extra: 'id' });
    await newer.open();
    newer.close();
    const db = new TsunagariDB(name);
    view = mount(
      <ErrorBoundary>
        <DatabaseGate db={db}>
          <People db={db} />
        </DatabaseGate>
      </ErrorBoundary>,
    );
    const alert = await until(() => view!.host.querySelector('.page-error[role="alert"]'));
    expect(alert.querySelector('h1')?.textContent).toBe('This data was written by a newer version of Tsunagari');
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(alert.querySelector('button')?.textContent).toBe('Reload');
    expect(view.host.textContent).not.toMatch(/loading|\d+ people/);
    db.close();
  });

  it('shows any other crash as a clear message in Japanese, with the detail folded away', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    view = mount(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
      'ja',
    );
    const alert = await until(() => view!.host.querySelector('.page-error[role="alert"]'));
    expect(alert.querySelector('h1')?.textContent).toBe('このページで問題が発生しました');
    expect(alert.querySelector('button')?.textContent).toBe('再読み込み');
    expect(alert.querySelector('details pre')?.textContent).toBe('Error: render exploded');
  });
});
