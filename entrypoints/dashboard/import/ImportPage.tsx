import { useT } from '../../../components/i18n';
import { ImportPanel } from '../../../components/import-export/ImportPanel';
import { db } from '../../../utils/db/instance';
import { PageHeader } from '../ui/PageHeader';
import './import.css';

/**
 * Import has its own place in the sidebar (issue 15): it is the first thing a new user does with a real
 * network, so it is not left at the bottom of Settings. The steps to get the file from LinkedIn sit beside it.
 */
export function ImportPage() {
  const t = useT();
  return (
    <div className="import-page">
      <PageHeader title={t('dash.nav.import')} subtitle={t('import.subtitle')} />
      <section className="card settings-card" aria-labelledby="import-steps">
        <h2 id="import-steps">{t('import.stepsTitle')}</h2>
        <ol className="import-steps">
          <li>{t('import.step1')}</li>
          <li>{t('import.step2')}</li>
          <li>{t('import.step3')}</li>
        </ol>
      </section>
      <section className="card settings-card">
        <ImportPanel db={db} />
      </section>
    </div>
  );
}
