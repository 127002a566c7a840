import { useId, useState } from 'react';
import type { TsunagariDB } from '../../utils/db/database';
import { contactsToCsv } from '../../utils/io/csv-write';
import { contactsToVCards } from '../../utils/io/vcard-write';
import { notesByContact } from '../../utils/io/export-notes';
import { backupToJson, createBackup } from '../../utils/io/backup';
import { formatDay } from '../../utils/io/dates';
import { getSettings } from '../../utils/settings/items';
import { useT } from '../i18n';
import { downloadBlob } from './download';
import { ioErrorText } from './messages';
import { RestoreBackup } from './RestoreBackup';
import './import-export.css';

export interface ExportPanelProps {
  db: TsunagariDB;
}

type Kind = 'csv' | 'vcard' | 'backup';

async function build(db: TsunagariDB, kind: Kind): Promise<{ blob: Blob; fileName: string }> {
  const day = formatDay(Date.now());
  if (kind === 'backup') {
    const backup = await createBackup(db, { settings: await getSettings() });
    return {
      blob: new Blob([backupToJson(backup)], { type: 'application/json' }),
      fileName: `tsunagari-backup-${day}.json`,
    };
  }
  const contacts = await db.contacts.orderBy('name').toArray();
  const notes = await notesByContact(db);
  if (kind === 'csv')
    return {
      blob: new Blob([contactsToCsv(contacts, notes)], { type: 'text/csv;charset=utf-8' }),
      fileName: `tsunagari-contacts-${day}.csv`,
    };
  return {
    blob: new Blob([contactsToVCards(contacts, notes)], { type: 'text/vcard;charset=utf-8' }),
    fileName: `tsunagari-contacts-${day}.vcf`,
  };
}

/** Export (CSV, vCard 4.0, JSON backup of every table) and restore from a backup, after a confirmation. */
export function ExportPanel({ db }: ExportPanelProps) {
  const t = useT();
  const titleId = useId();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });

  async function run(kind: Kind) {
    setBusy(kind);
    try {
      const { blob, fileName } = await build(db, kind);
      downloadBlob(blob, fileName);
      setStatus({ text: t('io.export.done', { file: fileName }), error: false });
    } catch (error) {
      setStatus({ text: ioErrorText(t, error), error: true });
    } finally {
      setBusy(null);
    }
  }

  const button = (kind: Kind, label: string, primary = false) => (
    <button
      type="button"
      className={primary ? 'btn btn-primary' : 'btn'}
      disabled={busy !== null}
      aria-busy={busy === kind}
      onClick={() => void run(kind)}
    >
      {label}
    </button>
  );

  return (
    <section className="io-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('io.export.title')}</h3>
      <p className="io-hint">{t('io.export.hint')}</p>
      <div className="io-actions">
        {button('backup', t('io.export.backup'), true)}
        {button('csv', t('io.export.csv'))}
        {button('vcard', t('io.export.vcard'))}
      </div>
      <p className={status.error ? 'io-error' : 'io-status'} role="status" aria-live="polite">
        {status.text}
      </p>
      <RestoreBackup db={db} />
    </section>
  );
}
