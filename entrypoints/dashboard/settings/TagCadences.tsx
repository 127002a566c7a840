import { useId, useState } from 'react';
import { useT } from '../../../components/i18n';
import { CadenceSelect, cadenceLabel } from '../../../components/CadenceSelect';
import { cleanTag } from '../../../utils/model/text';

/** Per-tag cadences: a person with one of these tags gets the shortest matching one when saved. */
export function TagCadences({
  value,
  onChange,
}: {
  value: Readonly<Record<string, number>>;
  onChange: (next: Record<string, number>) => Promise<void>;
}) {
  const t = useT();
  const tagId = useId();
  const [tag, setTag] = useState('');
  const [days, setDays] = useState<number | null>(30);
  const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));

  return (
    <div className="tag-cadences">
      <h3>{t('dash.settings.tagCadences')}</h3>
      <p className="muted hint">{t('dash.settings.tagCadencesHint')}</p>
      {entries.length > 0 ? (
        <ul className="tag-cadence-list">
          {entries.map(([name, n]) => (
            <li key={name}>
              <span className="tag">{name}</span>
              <span>{cadenceLabel(t, n)}</span>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                aria-label={t('dash.settings.tagCadenceRemove', { tag: name })}
                onClick={() => {
                  const next = { ...value };
                  delete next[name];
                  void onChange(next);
                }}
              >
                {t('delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="setting-inline"
        onSubmit={(e) => {
          e.preventDefault();
          const clean = cleanTag(tag);
          if (!clean || days === null) return;
          void onChange({ ...value, [clean]: days }).then(() => setTag(''));
        }}
      >
        <label htmlFor={tagId}>{t('dash.settings.tagName')}</label>
        <input id={tagId} className="field tag-input" value={tag} onChange={(e) => setTag(e.target.value)} />
        <CadenceSelect value={days} onChange={setDays} />
        <button type="submit" className="btn" disabled={!cleanTag(tag) || days === null}>
          {t('dash.settings.tagCadenceAdd')}
        </button>
      </form>
    </div>
  );
}
