import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TsunagariDB } from '../../utils/db/database';
import { readImportFile } from '../../utils/io/detect';
import { applyMapping, type ColumnMapping } from '../../utils/io/column-mapping';
import type { CsvTable } from '../../utils/io/csv-read';
import { importRecords, previewImport, type ImportCounts, type ImportPreview } from '../../utils/io/import-run';
import { collapseDuplicates, type CadencePolicy } from '../../utils/io/merge';
import { cadencePolicyFor, countTracked, DEFAULT_KEEP_CHOICE, type KeepChoice } from '../../utils/io/keep-choice';
import { localTimeZone } from '../../utils/cadence/calendar';
import type { ImportFormat, ParseResult } from '../../utils/io/types';
import { useLang, useT } from '../i18n';
import { useSettings } from '../use-settings';
import { notifyDataChanged } from '../notify-changed';
import { BadRowsList } from './BadRowsList';
import { ColumnMappingStep } from './ColumnMappingStep';
import { KeepChoiceStep } from './KeepChoiceStep';
import { readFileBytes } from './download';
import { ioErrorText } from './messages';
import './import-export.css';

export interface ImportPanelProps {
  /** The database to import into (the shared instance in the dashboard, a test database in tests). */
  db: TsunagariDB;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'mapping'; table: CsvTable; suggested: ColumnMapping }
  | { kind: 'ready'; format: ImportFormat; parsed: ParseResult; preview: ImportPreview | null }
  | {
      kind: 'running';
      format: ImportFormat;
      parsed: ParseResult;
      preview: ImportPreview | null;
      progress: ImportCounts;
    }
  | { kind: 'finished'; format: ImportFormat; parsed: ParseResult; counts: ImportCounts }
  | { kind: 'failed'; message: string };

/**
 * Import: pick a file (.csv, .vcf, .zip), the format is recognised from its content, an unknown CSV gets a
 * column-mapping step, then a preview (new / updated / skipped / bad rows) before anything is written.
 * The import runs in chunks with a progress bar and can be cancelled; running it again resumes.
 */
export function ImportPanel({ db }: ImportPanelProps) {
  const t = useT();
  const lang = useLang();
  // New people get their cadence from the settings; importing before they load would use the defaults.
  const { settings, loaded } = useSettings();
  const ids = { title: useId(), file: useId(), progress: useId() };
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [status, setStatus] = useState('');
  const controller = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const number = useMemo(() => new Intl.NumberFormat(lang), [lang]);
  const [keep, setKeep] = useState<KeepChoice>(DEFAULT_KEEP_CHOICE);
  // Imported people are untracked unless the user chose otherwise here (issue 15); saving one person from a
  // page still starts them on the settings' default cadence (utils/cadence/new-person.ts).
  const cadence: CadencePolicy = useMemo(
    () => cadencePolicyFor(keep, settings.tagCadences, Date.now(), localTimeZone()),
    [keep, settings.tagCadences],
  );

  // An import still running when the panel goes away stops at its next chunk boundary.
  useEffect(() => () => controller.current?.abort(), []);

  const parsedForPreview = step.kind === 'ready' && step.preview === null ? step.parsed : null;
  useEffect(() => {
    if (!parsedForPreview) return;
    const abort = new AbortController();
    previewImport(db, parsedForPreview, { cadence, signal: abort.signal }).then(
      (preview) => {
        if (abort.signal.aborted) return;
        setStep((s) => (s.kind === 'ready' && s.parsed === parsedForPreview ? { ...s, preview } : s));
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setStep({ kind: 'failed', message: ioErrorText(t, error) });
      },
    );
    return () => abort.abort();
  }, [db, parsedForPreview, cadence, t]);

  async function onFile(file: File | undefined) {
    setStatus('');
    if (!file) {
      setStep({ kind: 'idle' });
      return;
    }
    setStep({ kind: 'reading' });
    try {
      const read = readImportFile(file.name, await readFileBytes(file));
      if (read.format === 'csv') setStep({ kind: 'mapping', table: read.table, suggested: read.suggested });
      else setStep({ kind: 'ready', format: read.format, parsed: read.result, preview: null });
    } catch (error) {
      setStep({ kind: 'failed', message: ioErrorText(t, error) });
    }
  }

  async function runImport() {
    if (step.kind !== 'ready') return;
    const { format, parsed, preview } = step;
    const abort = new AbortController();
    controller.current = abort;
    const start: ImportCounts = {
      total: 0,
      done: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      bad: parsed.errors.length,
      duplicates: 0,
      possibleDuplicates: 0,
      cancelled: false,
    };
    setStep({ kind: 'running', format, parsed, preview, progress: start });
    try {
      const counts = await importRecords(db, parsed, {
        cadence,
        signal: abort.signal,
        onProgress: (progress) => setStep((s) => (s.kind === 'running' ? { ...s, progress } : s)),
      });
      setStep({ kind: 'finished', format, parsed, counts });
      // Resuming is choosing the same file again; a file input only reports a change if its value was cleared.
      if (fileInput.current) fileInput.current.value = '';
      const values = {
        created: number.format(counts.created),
        updated: number.format(counts.updated),
        unchanged: number.format(counts.unchanged),
      };
      setStatus(
        counts.cancelled
          ? t('io.import.cancelled', { done: number.format(counts.done), total: number.format(counts.total) })
          : t('io.import.done', values),
      );
      if (counts.created + counts.updated > 0) await notifyDataChanged();
    } catch (error) {
      setStep({ kind: 'failed', message: ioErrorText(t, error) });
      // A failed chunk is undone, but the chunks before it were written.
      await notifyDataChanged();
    } finally {
      controller.current = null;
    }
  }

  const parsed = step.kind === 'ready' || step.kind === 'running' || step.kind === 'finished' ? step.parsed : null;
  const format = step.kind === 'ready' || step.kind === 'running' || step.kind === 'finished' ? step.format : null;
  const preview = step.kind === 'ready' || step.kind === 'running' ? step.preview : null;
  const running = step.kind === 'running';
  // People, not rows: a file's repeated rows are one person, as the import counts them.
  const people = useMemo(() => (parsed ? collapseDuplicates(parsed.records).records : []), [parsed]);

  return (
    <section className="io-panel" aria-labelledby={ids.title}>
      <h3 id={ids.title}>{t('io.import.title')}</h3>
      <p className="io-hint">{t('io.import.hint')}</p>
      <div className="io-file">
        <label htmlFor={ids.file}>{t('io.import.file')}</label>
        <input
          ref={fileInput}
          id={ids.file}
          type="file"
          accept=".csv,.vcf,.vcard,.zip,text/csv,text/vcard,text/x-vcard,application/zip"
          disabled={running}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>

      {step.kind === 'reading' ? <p role="status">{t('io.import.reading')}</p> : null}
      {step.kind === 'failed' ? (
        <p role="alert" className="io-error">
          {step.message}
        </p>
      ) : null}
      {step.kind === 'mapping' ? (
        <ColumnMappingStep
          table={step.table}
          suggested={step.suggested}
          onApply={(mapping) =>
            setStep({ kind: 'ready', format: 'csv', parsed: applyMapping(step.table, mapping), preview: null })
          }
        />
      ) : null}

      {parsed && format ? (
        <div className="io-preview">
          <p>{t('io.import.format', { format: t(`io.format.${format}`) })}</p>
          {step.kind !== 'finished' ? (
            preview ? (
              <dl className="io-counts" aria-label={t('io.preview.title')}>
                <div>
                  <dt>{t('io.preview.new')}</dt>
                  <dd>{number.format(preview.created)}</dd>
                </div>
                <div>
                  <dt>{t('io.preview.updated')}</dt>
                  <dd>{number.format(preview.updated)}</dd>
                </div>
                <div>
                  <dt>{t('io.preview.unchanged')}</dt>
                  <dd>{number.format(preview.unchanged)}</dd>
                </div>
                <div>
                  <dt>{t('io.preview.bad')}</dt>
                  <dd>{number.format(preview.bad)}</dd>
                </div>
                {preview.duplicates ? (
                  <div>
                    <dt>{t('io.preview.duplicates')}</dt>
                    <dd>{number.format(preview.duplicates)}</dd>
                  </div>
                ) : null}
              </dl>
            ) : step.kind === 'ready' ? (
              <p role="status">{t('io.preview.checking')}</p>
            ) : null
          ) : null}
          <BadRowsList errors={parsed.errors} />
          {step.kind !== 'finished' && parsed.records.length > 0 ? (
            <KeepChoiceStep
              choice={keep}
              onChange={setKeep}
              tracked={countTracked(people, cadence)}
              disabled={running}
            />
          ) : null}
          {parsed.records.length === 0 ? <p className="io-warning">{t('io.import.nothing')}</p> : null}
        </div>
      ) : null}

      {step.kind === 'ready' || running ? (
        <div className="io-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={running || !loaded || parsed?.records.length === 0}
            onClick={() => void runImport()}
          >
            {t('io.import.button')}
          </button>
          {running ? (
            <button type="button" className="btn" onClick={() => controller.current?.abort()}>
              {t('io.import.cancel')}
            </button>
          ) : null}
        </div>
      ) : null}

      {running ? (
        <div className="io-progress">
          <label htmlFor={ids.progress}>{t('io.import.progress')}</label>
          <progress id={ids.progress} max={Math.max(step.progress.total, 1)} value={step.progress.done} />
        </div>
      ) : null}
      <p className="io-status" role="status" aria-live="polite">
        {running
          ? t('io.import.running', {
              done: number.format(step.progress.done),
              total: number.format(step.progress.total),
            })
          : status}
      </p>
    </section>
  );
}
