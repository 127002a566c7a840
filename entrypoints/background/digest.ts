import type { TsunagariDB } from '../../utils/db/database';
import type { Contact } from '../../utils/model/contact';
import { digestCandidates } from '../../utils/db/digest-queries';
import { DIGEST_SIZE, pickDigest } from '../../utils/cadence/digest-pick';
import { dormantSuggestion } from '../../utils/db/suggestion-queries';
import { decideDigest } from '../../utils/cadence/digest-schedule';
import { getSettings } from '../../utils/settings/items';
import { resolveLang, translator } from '../../utils/i18n';
import { digestStateItem } from './digest-state';
import { notificationButtonsSupported, showDigestNotification } from './notifications';

export interface DigestRun {
  /** Whether a digest time had passed since the last run. */
  due: boolean;
  /** Who the notification named (empty when due but nobody needed a nudge). */
  people: Contact[];
}

// At browser start the startup event and an overdue alarm arrive together; one run at a time, each
// reading the state the previous one wrote, is what keeps a digest from showing twice.
let queue: Promise<unknown> = Promise.resolve();

async function run(db: TsunagariDB, now: number, timeZone: string, buttons: boolean): Promise<DigestRun> {
  const settings = await getSettings();
  const state = await digestStateItem.getValue();
  const decision = decideDigest(now, state, settings.digest, timeZone);
  // Claimed before showing: if the worker dies mid-way the digest is skipped, never repeated.
  if (decision.next !== state) await digestStateItem.setValue(decision.next);
  if (!decision.show) return { due: false, people: [] };

  // This week's dormant tie from the untracked pool (issue 15) takes the last of the two or three places.
  const suggestion = await dormantSuggestion(db, now, timeZone);
  const tracked = pickDigest(
    await digestCandidates(db, now, timeZone),
    now,
    timeZone,
    suggestion ? DIGEST_SIZE - 1 : DIGEST_SIZE,
  );
  const people = suggestion ? [...tracked, suggestion.contact] : tracked;
  if (people.length > 0) {
    const lang = resolveLang(settings.language, globalThis.navigator?.language);
    await showDigestNotification({ people, lang, t: translator(lang), buttons });
  }
  return { due: true, people };
}

/**
 * Shows the weekly digest if a digest time has passed since it last ran — on time from its alarm, or once
 * at the next start when the browser was closed at that hour.
 */
export function runDigestIfDue(
  db: TsunagariDB,
  timeZone: string,
  now?: number,
  buttons = notificationButtonsSupported(),
): Promise<DigestRun> {
  const next = queue.then(() => run(db, now ?? Date.now(), timeZone, buttons));
  queue = next.catch(() => undefined);
  return next;
}
