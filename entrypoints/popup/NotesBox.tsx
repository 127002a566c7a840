import { useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLang, useT } from '../../components/i18n';
import { formatDate } from '../../components/format';
import { db } from '../../utils/db/instance';
import { useWrite } from '../../components/write/use-write';
import { addNote, notesOf } from '../../utils/db/notes';

/** A quick note and the latest notes, newest first. */
export function NotesBox({ contactId, name }: { contactId: string; name: string }) {
  const t = useT();
  const write = useWrite();
  const lang = useLang();
  const id = useId();
  const [draft, setDraft] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const notes = useLiveQuery(() => notesOf(db, contactId), [contactId]);

  async function add() {
    const added = await write(t('write.what.note', { name }), () => addNote(db, contactId, draft));
    if (!added.ok) return;
    setDraft('');
    // The Add button disables itself once the box is empty; focus goes back to the box for the next note.
    box.current?.focus();
  }

  return (
    <div className="stack">
      <label htmlFor={id} className="section-title">
        {t('popup.noteLabel')}
      </label>
      <textarea
        ref={box}
        id={id}
        className="field"
        value={draft}
        placeholder={t('popup.notePlaceholder')}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) void add();
        }}
      />
      <div className="row">
        <button type="button" className="btn" disabled={!draft.trim()} onClick={() => void add()}>
          {t('popup.addNote')}
        </button>
      </div>
      <h3 className="section-title">{t('popup.notes')}</h3>
      {notes && notes.length > 0 ? (
        <ul className="notes-list" aria-label={t('popup.notes')}>
          {notes.map((note) => (
            <li key={note.id}>
              <time dateTime={new Date(note.createdAt).toISOString()}>{formatDate(note.createdAt, lang)}</time>
              {note.body}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('popup.noNotes')}</p>
      )}
    </div>
  );
}
