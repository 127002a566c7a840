import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLang, useT } from '../../../components/i18n';
import { db } from '../../../utils/db/instance';
import { addNote, deleteNote, updateNote } from '../../../utils/db/notes';
import { deleteInteraction } from '../../../utils/db/interactions';
import { timelineOf } from '../../../utils/db/timeline';
import type { Note } from '../../../utils/model/note';
import type { Interaction } from '../../../utils/model/interaction';
import type { CaptureRecord } from '../../../utils/model/capture';
import type { JobChange } from '../../../utils/model/contact';
import { formatDate } from '../../../components/format';
import { useWrite } from '../../../components/write/use-write';

type Item =
  | { type: 'note'; at: number; note: Note }
  | { type: 'interaction'; at: number; interaction: Interaction }
  | { type: 'capture'; at: number; capture: CaptureRecord }
  | { type: 'job'; at: number; job: JobChange };

function NoteItem({ note, when, name }: { note: Note; when: string; name: string }) {
  const t = useT();
  const write = useWrite();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    return (
      <form
        className="note-edit"
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.trim()) return;
          void write(t('write.what.noteEdit', { name }), () => updateNote(db, note.id, draft)).then((r) => {
            if (r.ok) setDraft(null);
          });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDraft(null);
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          {t('dash.timeline.editNote')}
        </label>
        <textarea
          id={id}
          className="field"
          rows={3}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          autoFocus
        />
        <div className="form-actions">
          <button type="button" className="btn btn-small" onClick={() => setDraft(null)}>
            {t('cancel')}
          </button>
          <button type="submit" className="btn btn-small btn-primary">
            {t('save')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <>
      <p className="note-body">{note.body}</p>
      <div className="item-actions">
        <button
          type="button"
          className="btn btn-small btn-ghost"
          aria-label={t('dash.timeline.editNoteOf', { when })}
          onClick={() => setDraft(note.body)}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost"
          aria-label={t('dash.timeline.deleteNoteOf', { when })}
          onClick={() => void write(t('write.what.noteDelete', { name }), () => deleteNote(db, note.id))}
        >
          {t('delete')}
        </button>
      </div>
    </>
  );
}

function captureSummary(capture: CaptureRecord): string {
  const f = capture.fields;
  return [f.name, [f.title, f.company].filter(Boolean).join(' @ '), f.location].filter(Boolean).join(' · ');
}

/** Notes, talks, saves and job changes on one line of time, newest first. */
export function Timeline({
  contactId,
  name,
  jobChange,
}: {
  contactId: string;
  name: string;
  jobChange: JobChange | null;
}) {
  const t = useT();
  const write = useWrite();
  const lang = useLang();
  const composeId = useId();
  const [body, setBody] = useState('');
  const data = useLiveQuery(() => timelineOf(db, contactId), [contactId]);
  const items: Item[] = [];
  if (data) {
    for (const note of data.notes) items.push({ type: 'note', at: note.createdAt, note });
    for (const interaction of data.interactions) items.push({ type: 'interaction', at: interaction.at, interaction });
    for (const capture of data.captures) items.push({ type: 'capture', at: capture.at, capture });
  }
  if (jobChange) items.push({ type: 'job', at: jobChange.seenAt, job: jobChange });
  items.sort((a, b) => b.at - a.at);

  return (
    <section className="card timeline-card" aria-labelledby={`${composeId}-title`}>
      <h2 id={`${composeId}-title`}>{t('dash.timeline.title')}</h2>
      <form
        className="note-compose"
        onSubmit={(e) => {
          e.preventDefault();
          if (!body.trim()) return;
          void write(t('write.what.note', { name }), () => addNote(db, contactId, body)).then((r) => {
            if (!r.ok) return;
            setBody('');
            // Save disables itself once the box is empty: focus goes back to the box, not to <body>.
            document.getElementById(composeId)?.focus();
          });
        }}
      >
        <label htmlFor={composeId}>{t('dash.timeline.addNote')}</label>
        <textarea
          id={composeId}
          className="field"
          rows={2}
          value={body}
          placeholder={t('dash.timeline.notePlaceholder')}
          onChange={(e) => setBody(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary btn-small" disabled={!body.trim()}>
            {t('dash.timeline.saveNote')}
          </button>
        </div>
      </form>
      {data && items.length === 0 ? <p className="muted">{t('dash.timeline.empty')}</p> : null}
      <ol className="timeline">
        {items.map((item) => {
          const key =
            item.type === 'note'
              ? item.note.id
              : item.type === 'interaction'
                ? item.interaction.id
                : item.type === 'capture'
                  ? item.capture.id
                  : 'job';
          return (
            <li key={key} className={`timeline-item timeline-${item.type}`}>
              <div className="timeline-meta">
                <span className="timeline-kind">
                  {item.type === 'note'
                    ? t('dash.timeline.note')
                    : item.type === 'interaction'
                      ? t(`kind.${item.interaction.kind}`)
                      : item.type === 'capture'
                        ? t('dash.timeline.capture', { source: t(`dash.source.${item.capture.source}`) })
                        : t('dash.timeline.job')}
                </span>
                <time className="muted" dateTime={new Date(item.at).toISOString()}>
                  {formatDate(item.at, lang)}
                </time>
              </div>
              {item.type === 'note' ? <NoteItem note={item.note} when={formatDate(item.at, lang)} name={name} /> : null}
              {item.type === 'interaction' ? (
                <>
                  {item.interaction.note ? <p className="note-body">{item.interaction.note}</p> : null}
                  <div className="item-actions">
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      aria-label={t('dash.timeline.deleteTalkOf', { when: formatDate(item.at, lang) })}
                      onClick={() =>
                        void write(t('write.what.talkDelete', { name }), () =>
                          deleteInteraction(db, item.interaction.id),
                        )
                      }
                    >
                      {t('delete')}
                    </button>
                  </div>
                </>
              ) : null}
              {item.type === 'capture' ? <p className="muted capture-summary">{captureSummary(item.capture)}</p> : null}
              {item.type === 'job' ? (
                <p>{t('dash.person.jobChange', { from: item.job.from || '—', to: item.job.to || '—' })}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
