import type { Distribution } from '../../../utils/insights/variety';
import { useLang, useT } from '../../../components/i18n';

/**
 * Horizontal bars as a plain list: each row says its label and count in text, so the chart reads
 * the same to a screen reader, and the bar only adds the at-a-glance shape.
 */
export function BarChart({
  data,
  label,
  labelOf,
}: {
  data: Distribution;
  label: string;
  labelOf: (key: string) => string;
}) {
  const t = useT();
  const lang = useLang();
  const max = Math.max(1, ...data.slices.map((s) => s.count));
  return (
    <ul className="bar-chart" aria-label={label}>
      {data.slices.map((slice) => (
        <li key={slice.key || '__unknown'} className={slice.key ? 'bar-row' : 'bar-row bar-unknown'}>
          <span className="bar-label" title={labelOf(slice.key)}>
            {labelOf(slice.key)}
          </span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${(slice.count / max) * 100}%` }} />
          </span>
          <span className="bar-value">{slice.count.toLocaleString(lang)}</span>
        </li>
      ))}
      {data.otherCount > 0 ? (
        <li className="bar-row bar-other">
          <span className="bar-label">
            {t('dash.insights.others', { n: data.distinct - data.slices.filter((s) => s.key).length })}
          </span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${Math.min(100, (data.otherCount / max) * 100)}%` }} />
          </span>
          <span className="bar-value">{data.otherCount.toLocaleString(lang)}</span>
        </li>
      ) : null}
    </ul>
  );
}
