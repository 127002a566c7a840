import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { useLang, useT } from '../../../components/i18n';
import { db } from '../../../utils/db/instance';
import { resetSync } from '../../../utils/db/sync-apply';
import { createBook, listBooks, bookInfo, type BookInfo } from '../../../utils/sync/dav';
import { keepsExtensionProperties } from '../../../utils/sync/probe';
import { newSalt } from '../../../utils/sync/crypto';
import { SyncError } from '../../../utils/sync/errors';
import { syncWithAccount } from '../../../utils/sync/run-configured';
import {
  EMPTY_STATUS,
  removeSyncAccount,
  syncAccountItem,
  syncStatusItem,
  type SyncAccount,
  type SyncStatus,
} from '../../../utils/settings/sync-account';
import { SyncStatusView } from './SyncStatus';

/** The host permission for the server, without the port: Firefox skips CORS only for a portless pattern. */
function originPattern(serverUrl: string): string {
  const u = new URL(serverUrl);
  return `${u.protocol}//${u.hostname}/*`;
}

function useSyncItems() {
  const [account, setAccount] = useState<SyncAccount | null>(null);
  const [status, setStatus] = useState<SyncStatus>(EMPTY_STATUS);
  useEffect(() => {
    void syncAccountItem.getValue().then(setAccount);
    void syncStatusItem.getValue().then((s) => setStatus({ ...EMPTY_STATUS, ...s }));
    const offA = syncAccountItem.watch((v) => setAccount(v));
    const offS = syncStatusItem.watch((v) => setStatus({ ...EMPTY_STATUS, ...v }));
    return () => {
      offA();
      offS();
    };
  }, []);
  return { account, status };
}

/** Settings → Sync: the user's own CardDAV address book (docs/SYNC.md). */
export function SyncSection() {
  const t = useT();
  const lang = useLang();
  const ids = {
    server: useId(),
    user: useId(),
    password: useId(),
    book: useId(),
    newBook: useId(),
    passphrase: useId(),
  };
  const { account, status } = useSyncItems();
  const [server, setServer] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [books, setBooks] = useState<BookInfo[] | null>(null);
  const [home, setHome] = useState('');
  const [chosen, setChosen] = useState('');
  const [newName, setNewName] = useState('Tsunagari');
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const explain = (error: unknown) => {
    const kind = error instanceof SyncError ? error.kind : 'protocol';
    setMessage(t(`sync.error.${kind}` as 'sync.error.protocol'));
  };
  const conn = () => ({ serverUrl: server.trim(), username: user.trim(), password });

  const test = async () => {
    setMessage('');
    let url: string;
    try {
      url = new URL(server.trim()).href;
    } catch {
      setMessage(t('sync.badAddress'));
      return;
    }
    // Asked at the click, for this one server only (optional host permission).
    const granted = await browser.permissions.request({ origins: [originPattern(url)] });
    if (!granted) {
      setMessage(t('sync.permissionDenied'));
      return;
    }
    setBusy(true);
    try {
      const found = await listBooks(conn());
      setHome(found.home);
      setBooks(found.books);
      setChosen(found.books[0]?.url ?? '');
      setMessage(t('sync.connected', { n: found.books.length }));
    } catch (error) {
      explain(error);
    } finally {
      setBusy(false);
    }
  };

  const chooseBook = async () => {
    setBusy(true);
    setMessage('');
    try {
      const info = chosen
        ? await bookInfo(conn(), chosen)
        : await createBook(conn(), home, newName.trim() || 'Tsunagari');
      const keepsPrivate = await keepsExtensionProperties(conn(), info.url, info.version);
      await resetSync(db);
      await syncAccountItem.setValue({
        ...conn(),
        bookUrl: info.url,
        bookName: info.displayName || info.url,
        version: info.version,
        keepsPrivate,
        encrypt: false,
        passphrase: '',
        salt: '',
        importForeign: false,
        enabled: true,
      });
      await syncStatusItem.setValue(EMPTY_STATUS);
      setPassword('');
      void syncWithAccount(db, { force: true });
    } catch (error) {
      explain(error);
    } finally {
      setBusy(false);
    }
  };

  const setEncryption = async (encrypt: boolean) => {
    if (!account) return;
    if (encrypt && !passphrase) return setMessage(t('sync.passphraseNeeded'));
    await syncAccountItem.setValue({
      ...account,
      encrypt,
      passphrase: encrypt ? passphrase : '',
      salt: account.salt || newSalt(),
    });
    // Every card is read and written again with (or without) the key.
    await resetSync(db);
    setPassphrase('');
    void syncWithAccount(db, { force: true });
  };

  if (!account) {
    return (
      <section className="card settings-card sync-section" aria-labelledby="set-sync">
        <h2 id="set-sync">{t('sync.title')}</h2>
        <p className="muted hint">{t('sync.intro')}</p>
        <div className="setting">
          <label htmlFor={ids.server}>{t('sync.server')}</label>
          <input
            id={ids.server}
            className="field"
            type="url"
            placeholder="https://dav.example.com/"
            value={server}
            onChange={(e) => setServer(e.target.value)}
          />
        </div>
        <div className="setting">
          <label htmlFor={ids.user}>{t('sync.user')}</label>
          <input
            id={ids.user}
            className="field"
            autoComplete="username"
            value={user}
            onChange={(e) => setUser(e.target.value)}
          />
        </div>
        <div className="setting">
          <label htmlFor={ids.password}>{t('sync.password')}</label>
          <input
            id={ids.password}
            className="field"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <p className="muted hint">{t('sync.passwordHint')}</p>
        </div>
        <button
          type="button"
          className="btn"
          disabled={busy || !server || !user || !password}
          onClick={() => void test()}
        >
          {t('sync.test')}
        </button>
        {books ? (
          <div className="setting">
            <label htmlFor={ids.book}>{t('sync.book')}</label>
            <select id={ids.book} className="field" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {books.map((b) => (
                <option key={b.url} value={b.url}>
                  {b.displayName || b.url}
                </option>
              ))}
              <option value="">{t('sync.newBook')}</option>
            </select>
            {chosen === '' ? (
              <>
                <label htmlFor={ids.newBook}>{t('sync.newBookName')}</label>
                <input
                  id={ids.newBook}
                  className="field"
                  value={newName}
                  onChange={(e) => setNewName(e.target.value)}
                />
              </>
            ) : null}
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void chooseBook()}>
              {t('sync.useBook')}
            </button>
          </div>
        ) : null}
        {message ? <p role="status">{message}</p> : null}
      </section>
    );
  }

  return (
    <section className="card settings-card sync-section" aria-labelledby="set-sync">
      <h2 id="set-sync">{t('sync.title')}</h2>
      <p>{t('sync.linked', { book: account.bookName, server: new URL(account.serverUrl).host })}</p>
      {!account.keepsPrivate ? <p className="warning">{t('sync.dropsPrivate')}</p> : null}
      <SyncStatusView status={status} lang={lang} />
      <div className="setting">
        <label htmlFor={ids.passphrase}>{account.encrypt ? t('sync.encryptedOn') : t('sync.encryptTitle')}</label>
        <p className="muted hint">{status.needsPassphrase ? t('sync.needsPassphrase') : t('sync.encryptHint')}</p>
        {!account.encrypt ? (
          <>
            <input
              id={ids.passphrase}
              className="field"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
            <button type="button" className="btn" onClick={() => void setEncryption(true)}>
              {status.needsPassphrase ? t('sync.unlock') : t('sync.encryptOn')}
            </button>
          </>
        ) : (
          <button type="button" className="btn" onClick={() => void setEncryption(false)}>
            {t('sync.encryptOff')}
          </button>
        )}
      </div>
      <div className="row-actions">
        <button type="button" className="btn btn-primary" onClick={() => void syncWithAccount(db, { force: true })}>
          {t('sync.now')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() =>
            void (async () => {
              await removeSyncAccount();
              await resetSync(db);
            })()
          }
        >
          {t('sync.remove')}
        </button>
      </div>
      <p className="muted hint">{t('sync.passwordHint')}</p>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
