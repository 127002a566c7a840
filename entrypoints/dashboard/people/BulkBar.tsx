import { useId, useState } from 'react';
import { useT } from '../../../components/i18n';
import { CadenceSelect } from '../../../components/CadenceSelect';
import { db } from '../../../utils/db/instance';
import { bulkAddTag, bulkArchive, bulkSetCadence, bulkUnarchive } from '../../../utils/db/people-queries';
import { useToast } from '../ui/Toast';
import { useWrite } from '../../../components/write/use-write';
import { useListState } from './list-state';

/** Actions on the selected people; each is one transaction, and archive can be undone. */
export function BulkBar() {
  const t = useT();
  const toast = useToast();
  const write = useWrite();
  const tagId = useId();
  const { selected, setSelected, filter } = useListState();
  const [tag, setTag] = useState('');
  const [cadence, setCadence] = useState<number | null>(90);
  const ids = [...selected];

  const run = async (
    what: string,
    action: () => Promise<number>,
    message: (n: number) => string,
    undo?: { what: string; run: () => Promise<number> },
  ) => {
    const done = await write(what, action);
    if (!done.ok) return;
    toast(message(done.value), undo ? { label: t('undo'), run: () => void write(undo.what, undo.run) } : undefined);
  };

  return (
    <section className="bulk-bar" aria-label={t('dash.bulk.label')}>
      <strong>{t('dash.bulk.selected', { n: selected.size })}</strong>
      <form
        className="bulk-group"
        onSubmit={(e) => {
          e.preventDefault();
          if (!tag.trim()) return;
          void run(
            t('write.what.bulkTag', { tag: tag.trim(), n: ids.length }),
            () => bulkAddTag(db, ids, tag),
            (n) => t('dash.bulk.tagged', { n, tag: tag.trim() }),
          );
          setTag('');
        }}
      >
        <label htmlFor={tagId}>{t('dash.bulk.tag')}</label>
        <input id={tagId} className="field bulk-tag" value={tag} onChange={(e) => setTag(e.target.value)} />
        <button type="submit" className="btn" disabled={!tag.trim()}>
          {t('dash.bulk.apply')}
        </button>
      </form>
      <div className="bulk-group">
        <CadenceSelect value={cadence} onChange={setCadence} />
        <button
          type="button"
          className="btn"
          onClick={() =>
            void run(
              t('write.what.bulkCadence', { n: ids.length }),
              () => bulkSetCadence(db, ids, cadence),
              (n) => t('dash.bulk.cadenced', { n }),
            )
          }
        >
          {t('dash.bulk.apply')}
        </button>
      </div>
      <div className="bulk-group">
        {filter.due === 'archived' ? (
          <button
            type="button"
            className="btn"
            onClick={() =>
              void run(
                t('write.what.bulkUnarchive', { n: ids.length }),
                () => bulkUnarchive(db, ids),
                (n) => t('dash.bulk.unarchived', { n }),
              ).then(() => setSelected(new Set()))
            }
          >
            {t('dash.bulk.unarchive')}
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            onClick={() =>
              void run(
                t('write.what.bulkArchive', { n: ids.length }),
                () => bulkArchive(db, ids),
                (n) => t('dash.bulk.archived', { n }),
                { what: t('write.what.bulkUnarchive', { n: ids.length }), run: () => bulkUnarchive(db, ids) },
              ).then(() => setSelected(new Set()))
            }
          >
            {t('dash.bulk.archive')}
          </button>
        )}
        <button type="button" className="btn btn-ghost" onClick={() => setSelected(new Set())}>
          {t('dash.bulk.clear')}
        </button>
      </div>
    </section>
  );
}
