import { useId, useMemo, useState } from 'react';
import { useT } from '../../../components/i18n';
import { db } from '../../../utils/db/instance';
import { mergePeople } from '../../../utils/db/merge';
import type { Contact } from '../../../utils/model/contact';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildIndex, searchPeople } from '../../../utils/search/haystack';
import { useWrite } from '../../../components/write/use-write';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/Toast';

const MAX_CHOICES = 8;

/** Pick the duplicate, confirm, and it is folded into this person with its whole history. */
export function MergeDialog({ open, keep, onClose }: { open: boolean; keep: Contact; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const write = useWrite();
  const id = useId();
  // Read everyone only while the dialog is open: the person's page does not otherwise need them.
  const entries = useLiveQuery(async () => (open ? buildIndex(await db.contacts.toArray()) : null), [open]);
  const [query, setQuery] = useState(keep.name);
  const [other, setOther] = useState<Contact | null>(null);
  const choices = useMemo(
    () =>
      query.trim() && entries
        ? searchPeople(entries, query)
            .filter((e) => e.contact.id !== keep.id)
            .slice(0, MAX_CHOICES)
        : [],
    [entries, query, keep.id],
  );
  const close = () => {
    setOther(null);
    onClose();
  };

  return (
    <Dialog open={open} title={t('dash.merge.title', { name: keep.name })} onClose={close}>
      {other ? (
        <div className="merge-confirm">
          <p>{t('dash.merge.confirm', { other: other.name, keep: keep.name })}</p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setOther(null)}>
              {t('cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() =>
                void write(t('write.what.merge', { other: other.name, keep: keep.name }), () =>
                  mergePeople(db, keep.id, other.id),
                ).then((r) => {
                  if (!r.ok) return;
                  toast(t('dash.merge.done', { other: other.name, keep: keep.name }));
                  close();
                })
              }
            >
              {t('dash.merge.submit')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">{t('dash.merge.help')}</p>
          <label htmlFor={id}>{t('dash.merge.search')}</label>
          <input
            id={id}
            type="search"
            className="field"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoFocus
          />
          {choices.length === 0 ? (
            <p className="muted">{t('dash.merge.none')}</p>
          ) : (
            <ul className="merge-choices">
              {choices.map(({ contact }) => (
                <li key={contact.id}>
                  <button type="button" className="merge-choice" onClick={() => setOther(contact)}>
                    <strong>{contact.name}</strong>
                    <span className="muted">
                      {[contact.title, contact.company, contact.location].filter(Boolean).join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Dialog>
  );
}
