import { useState } from 'react';
import { useT } from '../../components/i18n';
import { useSettings } from '../../components/use-settings';
import { Avatar } from '../../components/Avatar';
import { useWrite } from '../../components/write/use-write';
import { db } from '../../utils/db/instance';
import { saveCapture } from '../../utils/db/contacts';
import { cadenceForNewPerson } from '../../utils/cadence/new-person';
import { MET_CONTEXTS, type MetContext } from '../../utils/model/contact';
import type { CapturedFields } from '../../utils/model/capture';
import { toCapturePayload } from '../../utils/capture/payload';
import type { PageCaptureResult } from '../../utils/model/page-capture';

const EDITABLE = ['name', 'headline', 'company', 'title', 'location'] as const;
type Editable = (typeof EDITABLE)[number];

/** A person seen on the page, not yet saved: the fields to check, how you met, and one Save. */
export function PersonPreview({ result, url }: { result: PageCaptureResult; url: string }) {
  const t = useT();
  const { settings } = useSettings();
  const [fields, setFields] = useState<Record<Editable, string>>(() => ({
    name: result.fields.name ?? '',
    headline: result.fields.headline ?? '',
    company: result.fields.company ?? '',
    title: result.fields.title ?? '',
    location: result.fields.location ?? '',
  }));
  const [met, setMet] = useState<MetContext | ''>('');
  const [busy, setBusy] = useState(false);
  const write = useWrite();
  const unsure = new Set(result.unsure);

  async function save() {
    setBusy(true);
    const edited: CapturedFields = { ...result.fields };
    for (const key of EDITABLE) {
      if (fields[key].trim()) edited[key] = fields[key];
      else delete edited[key];
    }
    const cadenceDays = cadenceForNewPerson(settings);
    // "How we met" goes in the same transaction as the person and the capture record.
    const saved = await write(t('write.what.person', { name: fields.name.trim() }), () =>
      saveCapture(db, toCapturePayload(result, edited), {
        url,
        cadenceDays,
        ...(met ? { met: { context: met } } : {}),
      }),
    );
    // On success the popup turns into the person's card (the live query finds them); on failure the form stays.
    if (!saved.ok) setBusy(false);
  }

  return (
    <section className="card" aria-labelledby="preview-title">
      <div className="person-head">
        <Avatar name={fields.name} url={result.fields.avatarUrl ?? ''} size={44} />
        <div>
          <h2 id="preview-title">{t('popup.previewTitle')}</h2>
          <p className="hint">{result.needsConfirmation ? t('popup.confirmHint') : t('popup.previewHint')}</p>
        </div>
      </div>
      <div className="form-grid">
        {EDITABLE.map((key) => (
          <FieldRow
            key={key}
            id={`preview-${key}`}
            label={t(`field.${key}`)}
            unsureLabel={unsure.has(key) ? t('popup.unsure') : ''}
            value={fields[key]}
            onChange={(value) => setFields((prev) => ({ ...prev, [key]: value }))}
          />
        ))}
        <label htmlFor="preview-met">{t('popup.metHow')}</label>
        <select
          id="preview-met"
          className="field"
          value={met}
          onChange={(event) => setMet(event.target.value as MetContext | '')}
        >
          <option value="">{t('popup.metUnknown')}</option>
          {MET_CONTEXTS.map((context) => (
            <option key={context} value={context}>
              {t(`met.${context}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="btn btn-primary"
        disabled={busy || !fields.name.trim()}
        onClick={() => void save()}
      >
        {busy ? t('popup.saving') : t('popup.savePerson')}
      </button>
    </section>
  );
}

function FieldRow(props: {
  id: string;
  label: string;
  unsureLabel: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>
        {props.label}
        {props.unsureLabel && <span className="unsure-tag">({props.unsureLabel})</span>}
      </label>
      <input
        id={props.id}
        className={props.unsureLabel ? 'field unsure-field' : 'field'}
        value={props.value}
        aria-invalid={props.unsureLabel ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </>
  );
}
