import { useId, useState } from 'react';
import { useT } from '../i18n';
import { MAPPING_TARGETS, type ColumnMapping, type MappingTarget } from '../../utils/io/column-mapping';
import type { CsvTable } from '../../utils/io/csv-read';

interface Props {
  table: CsvTable;
  suggested: ColumnMapping;
  onApply: (mapping: ColumnMapping) => void;
}

function hasName(mapping: ColumnMapping): boolean {
  return mapping.includes('name') || mapping.includes('firstName') || mapping.includes('lastName');
}

/** For a CSV we do not know: one select per column, pre-filled with a guess from the header. */
export function ColumnMappingStep({ table, suggested, onApply }: Props) {
  const t = useT();
  const baseId = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(suggested);
  const sampleRow = table.rows[0]?.cells ?? [];
  const ok = hasName(mapping);

  return (
    <fieldset className="io-mapping">
      <legend>{t('io.mapping.title')}</legend>
      <p className="io-hint">{t('io.mapping.hint')}</p>
      <div className="io-mapping-grid">
        {table.headers.map((header, i) => {
          const id = `${baseId}-col-${i}`;
          const sample = (sampleRow[i] ?? '').slice(0, 60);
          return (
            <div className="io-mapping-row" key={id}>
              <label htmlFor={id}>{t('io.mapping.column', { header: header || String(i + 1) })}</label>
              <select
                id={id}
                className="field"
                value={mapping[i] ?? 'ignore'}
                aria-describedby={sample ? `${id}-sample` : undefined}
                onChange={(e) => {
                  const next = [...mapping];
                  next[i] = e.target.value as MappingTarget;
                  setMapping(next);
                }}
              >
                {MAPPING_TARGETS.map((target) => (
                  <option key={target} value={target}>
                    {t(`io.target.${target}`)}
                  </option>
                ))}
              </select>
              {sample ? (
                <span id={`${id}-sample`} className="io-sample">
                  {t('io.mapping.sample', { sample })}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      {!ok ? (
        <p role="alert" className="io-warning">
          {t('io.mapping.needName')}
        </p>
      ) : null}
      <button type="button" className="btn btn-primary" disabled={!ok} onClick={() => onApply(mapping)}>
        {t('io.mapping.apply')}
      </button>
    </fieldset>
  );
}
