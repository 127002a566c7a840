import { openDashboard } from '../../components/open-dashboard';
import { HostPermissionBanner } from '../../components/HostPermissionBanner';
import { useEffect, useState } from 'react';
import { useT } from '../../components/i18n';
import { usePagePerson } from './use-page-person';
import { PersonPreview } from './PersonPreview';
import { PersonCard } from './PersonCard';
import { DueList } from './DueList';
import { ToastProvider } from '../../components/Toast';

/** On a page with a person: their preview or card. Elsewhere: who is due. */
export function PopupApp() {
  const t = useT();
  const { loading, tab, page, contact, unreadable } = usePagePerson();
  const result = page?.capture ?? null;
  // Only the page title or a selection named someone: a guess, so the form waits behind a link (issue 15).
  const [formOpen, setFormOpen] = useState(false);
  // The manifest needs `__MSG_extName__` as the HTML title (the toolbar tooltip); a panel opened as a tab shows this.
  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  let body;
  if (loading) body = <p className="hint">{t('loading')}</p>;
  else if (contact) body = <PersonCard contact={contact} pageResult={result} url={tab?.url ?? ''} />;
  else if (result && (result.source !== 'fallback' || formOpen))
    body = <PersonPreview result={result} url={tab?.url ?? ''} />;
  else
    body = (
      <>
        {result && (
          <p className="save-from-page">
            <button type="button" className="link-button" onClick={() => setFormOpen(true)}>
              {t('popup.saveFromPage')}
            </button>
          </p>
        )}
        <DueList />
      </>
    );

  return (
    <ToastProvider>
      <main className="popup">
        <header className="popup-header">
          <h1 className="brand">
            <span className="brand-mark" aria-hidden="true">
              つ
            </span>
            {t('appName')}
          </h1>
          <button type="button" className="link-button" onClick={() => openDashboard()}>
            {t('popup.openDashboard')}
          </button>
        </header>
        <HostPermissionBanner />
        {unreadable && !loading && <p className="hint">{t('popup.captureFailed')}</p>}
        {body}
      </main>
    </ToastProvider>
  );
}
