import { useId, useState } from 'react';
import { useT } from '../../../components/i18n';
import { ExportPanel } from '../../../components/import-export/ExportPanel';
import { db } from '../../../utils/db/instance';
import { deleteEverything } from '../../../utils/db/delete';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/Toast';
import { useWrite } from '../../../components/write/use-write';

/** Import, export, and wiping everything — the last one only after typing a confirmation word. */
export function DataSection() {
  const t = useT();
  const toast = useToast();
  const write = useWrite();
  const confirmId = useId();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const word = t('dash.settings.wipeWord');

  return (
    <section className="card settings-card" aria-labelledby="set-data">
      <h2 id="set-data">{t('dash.settings.dataTitle')}</h2>
      <p className="muted hint">{t('dash.settings.dataHint')}</p>
      <div className="data-panels">
        <ExportPanel db={db} />
      </div>
      <div className="danger-zone">
        <h3>{t('dash.settings.wipeTitle')}</h3>
        <p className="muted hint">{t('dash.settings.wipeHint')}</p>
        <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
          {t('dash.settings.wipeButton')}
        </button>
      </div>
      <Dialog
        open={confirming}
        title={t('dash.settings.wipeTitle')}
        onClose={() => {
          setConfirming(false);
          setTyped('');
        }}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (typed.trim() !== word) return;
            void write(t('write.what.wipe'), () => deleteEverything(db)).then((r) => {
              if (!r.ok) return;
              setConfirming(false);
              setTyped('');
              toast(t('dash.settings.wiped'));
            });
          }}
        >
          <p>{t('dash.settings.wipeConfirm')}</p>
          <label htmlFor={confirmId}>{t('dash.settings.wipeType', { word })}</label>
          <input
            id={confirmId}
            className="field"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
          />
          <div className="form-actions">
            <button
              type="button"
              className="btn"
              onClick={() => {
                setConfirming(false);
                setTyped('');
              }}
            >
              {t('cancel')}
            </button>
            <button type="submit" className="btn btn-danger" disabled={typed.trim() !== word}>
              {t('dash.settings.wipeButton')}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
