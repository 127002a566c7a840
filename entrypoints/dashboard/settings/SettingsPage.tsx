import { useId } from 'react';
import { useLang, useT } from '../../../components/i18n';
import { useSettings } from '../../../components/use-settings';
import { CadenceSelect } from '../../../components/CadenceSelect';
import { updateSettings } from '../../../utils/settings/items';
import { LANGUAGES, THEMES, type Settings } from '../../../utils/model/settings';
import { PageHeader } from '../ui/PageHeader';
import { TagCadences } from './TagCadences';
import { DataSection } from './DataSection';
import { SyncSection } from './SyncSection';
import { useWrite } from '../../../components/write/use-write';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => h);

function Toggle({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="toggle-row">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p id={`${id}-hint`} className="muted hint">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function SettingsPage() {
  const t = useT();
  const write = useWrite();
  const lang = useLang();
  const { settings } = useSettings();
  const ids = { weekday: useId(), hour: useId(), language: useId(), theme: useId() };
  const weekdayName = (d: number) =>
    // 7 January 2024 was a Sunday, so day d of that week has weekday index d (0 = Sunday).
    new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(new Date(2024, 0, 7 + d));

  // The worker watches the settings item and recounts the badge from it: telling it as well would count twice.
  const save = async (patch: Partial<Settings>) => {
    await write(t('write.what.setting'), () => updateSettings(patch), { tellWorker: false });
  };

  return (
    <div className="settings-page">
      <PageHeader title={t('dash.nav.settings')} subtitle={t('dash.settings.subtitle')} />

      <section className="card settings-card" aria-labelledby="set-touch">
        <h2 id="set-touch">{t('dash.settings.touchTitle')}</h2>
        <div className="setting">
          <CadenceSelect
            label={t('dash.settings.defaultCadence')}
            value={settings.defaultCadenceDays}
            onChange={(days) => void save({ defaultCadenceDays: days })}
          />
          <p className="muted hint">{t('dash.settings.defaultCadenceHint')}</p>
        </div>
        <TagCadences value={settings.tagCadences} onChange={(tagCadences) => save({ tagCadences })} />
      </section>

      <section className="card settings-card" aria-labelledby="set-digest">
        <h2 id="set-digest">{t('dash.settings.digestTitle')}</h2>
        <Toggle
          label={t('dash.settings.digestOn')}
          hint={t('dash.settings.digestHint')}
          checked={settings.digest.enabled}
          onChange={(enabled) => void save({ digest: { ...settings.digest, enabled } })}
        />
        <div className="setting-inline">
          <label htmlFor={ids.weekday}>{t('dash.settings.digestDay')}</label>
          <select
            id={ids.weekday}
            className="field"
            value={settings.digest.weekday}
            disabled={!settings.digest.enabled}
            onChange={(e) => void save({ digest: { ...settings.digest, weekday: Number(e.target.value) } })}
          >
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {weekdayName(d)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.hour}>{t('dash.settings.digestHour')}</label>
          <select
            id={ids.hour}
            className="field"
            value={settings.digest.hour}
            disabled={!settings.digest.enabled}
            onChange={(e) => void save({ digest: { ...settings.digest, hour: Number(e.target.value) } })}
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {`${String(h).padStart(2, '0')}:00`}
              </option>
            ))}
          </select>
        </div>
        <Toggle
          label={t('dash.settings.badge')}
          hint={t('dash.settings.badgeHint')}
          checked={settings.badgeEnabled}
          onChange={(badgeEnabled) => void save({ badgeEnabled })}
        />
      </section>

      <section className="card settings-card" aria-labelledby="set-look">
        <h2 id="set-look">{t('dash.settings.lookTitle')}</h2>
        <div className="setting-inline">
          <label htmlFor={ids.language}>{t('dash.settings.language')}</label>
          <select
            id={ids.language}
            className="field"
            value={settings.language}
            onChange={(e) => void save({ language: e.target.value as Settings['language'] })}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l === 'ja' ? 'ja' : l === 'en' ? 'en' : undefined}>
                {t(`dash.settings.language.${l}`)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.theme}>{t('dash.settings.theme')}</label>
          <select
            id={ids.theme}
            className="field"
            value={settings.theme}
            onChange={(e) => void save({ theme: e.target.value as Settings['theme'] })}
          >
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`dash.settings.theme.${th}`)}
              </option>
            ))}
          </select>
        </div>
        <Toggle
          label={t('dash.settings.photos')}
          hint={t('dash.settings.photosHint')}
          checked={settings.loadPhotos}
          onChange={(loadPhotos) => void save({ loadPhotos })}
        />
      </section>

      <SyncSection />
      <DataSection />
    </div>
  );
}
