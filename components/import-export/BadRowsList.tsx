import { useT } from '../i18n';
import type { RowError } from '../../utils/io/types';
import { reasonText } from './messages';

/** Past this many, the list says "and N more": a broken 30,000-row file must not freeze the page. */
const SHOWN = 200;

/** The rows an import leaves out, each with its line and the reason. */
export function BadRowsList({ errors }: { errors: readonly RowError[] }) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <details className="io-bad-rows">
      <summary>{t('io.bad.summary', { n: errors.length })}</summary>
      <ul>
        {errors.slice(0, SHOWN).map((error) => (
          <li key={`${error.row}-${error.reason}`}>
            {t('io.bad.row', { row: error.row, reason: reasonText(t, error.reason) })}
            {error.detail ? <code className="io-detail">{error.detail}</code> : null}
          </li>
        ))}
      </ul>
      {errors.length > SHOWN ? <p>{t('io.bad.more', { n: errors.length - SHOWN })}</p> : null}
    </details>
  );
}
