import { useId, useState } from 'react';
import { useT } from '../../../components/i18n';
import { useSettings } from '../../../components/use-settings';
import { db } from '../../../utils/db/instance';
import { saveCapture } from '../../../utils/db/contacts';
import { cadenceForNewPerson } from '../../../utils/cadence/new-person';
import { Dialog } from '../ui/Dialog';
import { useWrite } from '../../../components/write/use-write';
import { navigate, hrefs } from '../routing';

/** Someone met offline (no profile page to save from): a name is enough; the rest is added on their page. */
export function AddPersonDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const write = useWrite();
  const { settings } = useSettings();
  const ids = { name: useId(), company: useId(), title: useId() };
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');

  const submit = async () => {
    if (!name.trim()) {
      setError(t('dash.add.nameRequired'));
      return;
    }
    const result = await write(t('write.what.person', { name: name.trim() }), () =>
      saveCapture(
        db,
        { source: 'manual', profileKey: null, profile: null, fields: { name, company, title } },
        { url: '', cadenceDays: cadenceForNewPerson(settings) },
      ),
    );
    if (!result.ok) return;
    setName('');
    setCompany('');
    setTitle('');
    setError('');
    onClose();
    navigate(hrefs.person(result.value.contactId));
  };

  return (
    <Dialog open={open} title={t('dash.people.add')} onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={ids.name}>{t('field.name')}</label>
        <input
          id={ids.name}
          className="field"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.name}-error` : undefined}
          autoFocus
        />
        {error ? (
          <p id={`${ids.name}-error`} className="form-error">
            {error}
          </p>
        ) : null}
        <label htmlFor={ids.company}>{t('field.company')}</label>
        <input id={ids.company} className="field" value={company} onChange={(e) => setCompany(e.target.value)} />
        <label htmlFor={ids.title}>{t('field.title')}</label>
        <input id={ids.title} className="field" value={title} onChange={(e) => setTitle(e.target.value)} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
