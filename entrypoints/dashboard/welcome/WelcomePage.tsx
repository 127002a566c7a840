import { useState } from 'react';
import { useT } from '../../../components/i18n';
import { db } from '../../../utils/db/instance';
import { addSamplePeople } from '../../../utils/db/sample-people';
import { useWrite } from '../../../components/write/use-write';
import { hrefs } from '../routing';
import { PageHeader } from '../ui/PageHeader';
import './welcome.css';

/**
 * The page a new install opens (entrypoints/background/index.ts, on `install` only): what the badge means, how to
 * pin the icon, how to get the connections file from LinkedIn, and a way to try it with invented people. One screen.
 */
export function WelcomePage() {
  const t = useT();
  const write = useWrite();
  const [status, setStatus] = useState('');
  return (
    <div className="welcome-page">
      <PageHeader title={t('welcome.title')} subtitle={t('welcome.lead')} />
      <div className="welcome-grid">
        <section className="card" aria-labelledby="welcome-badge">
          <h2 id="welcome-badge">{t('welcome.badgeTitle')}</h2>
          <p>{t('welcome.badgeBody')}</p>
        </section>
        <section className="card" aria-labelledby="welcome-pin">
          <h2 id="welcome-pin">{t('welcome.pinTitle')}</h2>
          <p>{t('welcome.pinBody')}</p>
        </section>
        <section className="card welcome-import" aria-labelledby="welcome-import">
          <h2 id="welcome-import">{t('welcome.importTitle')}</h2>
          <ol>
            <li>{t('import.step1')}</li>
            <li>{t('import.step2')}</li>
            <li>{t('import.step3')}</li>
          </ol>
          <a className="btn btn-primary" href={hrefs.import}>
            {t('welcome.importButton')}
          </a>
        </section>
        <section className="card" aria-labelledby="welcome-demo">
          <h2 id="welcome-demo">{t('welcome.demoTitle')}</h2>
          <p>{t('welcome.demoBody')}</p>
          <button
            type="button"
            className="btn"
            onClick={() =>
              void write(t('write.what.samples'), () => addSamplePeople(db)).then((r) => {
                if (r.ok) setStatus(t('welcome.demoDone'));
              })
            }
          >
            {t('welcome.demoButton')}
          </button>
          <p role="status" className="muted">
            {status}
          </p>
        </section>
      </div>
    </div>
  );
}
