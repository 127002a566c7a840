import { defineMessages } from '../define';
import type { Span } from '../../cadence/calendar';
import type { DueReason } from '../../cadence/reason';
import { formatOverdue } from '../../model/overdue-count';

/** Keep-in-touch text: due reasons, spans of time, the badge tooltip and the weekly digest notification. */
export const cadence = defineMessages(
  {
    'span.day': '{n, plural, one {# day} other {# days}}',
    'span.week': '{n, plural, one {# week} other {# weeks}}',
    'span.month': '{n, plural, one {# month} other {# months}}',
    'span.year': '{n, plural, one {# year} other {# years}}',
    'when.today': 'today',
    'when.tomorrow': 'tomorrow',
    'when.in': 'in {span}',
    'ago.today': 'today',
    'ago.yesterday': 'yesterday',
    'ago.span': '{span} ago',
    'reason.archived': 'Archived',
    'reason.untracked': 'Not tracked',
    'reason.snoozed': 'Snoozed — back {when}',
    'reason.newJob': 'New job: {role}',
    'reason.newJobUnknown': 'New job',
    'reason.followUp.lunch': 'Met over lunch {ago} — follow up',
    'reason.followUp.coffee': 'Met over coffee {ago} — follow up',
    'reason.followUp.event': 'Met at an event {ago} — follow up',
    'reason.followUp.meeting': 'Met in a meeting {ago} — follow up',
    'reason.followUp.sports': 'Met through sports {ago} — follow up',
    'reason.followUp.volunteer': 'Met volunteering {ago} — follow up',
    'reason.followUp.online': 'Met online {ago} — follow up',
    'reason.followUp.coworking': 'Met at a coworking space {ago} — follow up',
    'reason.followUp.introduction': 'Introduced {ago} — follow up',
    'reason.followUp.other': 'Met {ago} — follow up',
    'reason.overdue': '{span} overdue',
    'reason.new': 'New · not contacted yet',
    'reason.newSince': 'New · connected in {year}',
    'reason.dueToday': 'Due today',
    'reason.dueTomorrow': 'Due tomorrow',
    'reason.dueIn': 'Due in {span}',
    'badge.title': 'Tsunagari — {n, plural, one {# person} other {# people}} to get back in touch with',
    'badge.title.none': 'Tsunagari — all caught up',
    'digest.title': 'This week, reach out to',
    'digest.body': '{names}. A short message is enough to keep the tie alive.',
    'digest.snoozeWeek': 'Snooze a week',
    'digest.done': 'Done',
  },
  {
    'span.day': '{n}日',
    'span.week': '{n}週間',
    'span.month': '{n}か月',
    'span.year': '{n}年',
    'when.today': '今日',
    'when.tomorrow': '明日',
    'when.in': '{span}後',
    'ago.today': '今日',
    'ago.yesterday': '昨日',
    'ago.span': '{span}前',
    'reason.archived': 'アーカイブ済み',
    'reason.untracked': 'リマインドなし',
    'reason.snoozed': '延期中・{when}から再表示',
    'reason.newJob': '転職・異動：{role}',
    'reason.newJobUnknown': '転職・異動',
    'reason.followUp.lunch': '{ago}にランチで知り合いました。ひとこと連絡してみましょう',
    'reason.followUp.coffee': '{ago}にお茶をして知り合いました。ひとこと連絡してみましょう',
    'reason.followUp.event': '{ago}にイベントで知り合いました。ひとこと連絡してみましょう',
    'reason.followUp.meeting': '{ago}に打ち合わせで知り合いました。ひとこと連絡してみましょう',
    'reason.followUp.sports': '{ago}にスポーツを通じて知り合いました。ひとこと連絡してみましょう',
    'reason.followUp.volunteer': '{ago}にボランティアで知り合いました。ひとこと連絡してみましょう',
    'reason.followUp.online': '{ago}にオンラインで知り合いました。ひとこと連絡してみましょう',
    'reason.followUp.coworking': '{ago}にコワーキングスペースで知り合いました。ひとこと連絡してみましょう',
    'reason.followUp.introduction': '{ago}に紹介してもらいました。ひとこと連絡してみましょう',
    'reason.followUp.other': '{ago}に知り合いました。ひとこと連絡してみましょう',
    'reason.overdue': '連絡時期を{span}過ぎています',
    'reason.new': 'まだ連絡していません',
    'reason.newSince': '{year}年につながり、まだ連絡していません',
    'reason.dueToday': '今日が連絡時期',
    'reason.dueTomorrow': '明日が連絡時期',
    'reason.dueIn': 'あと{span}で連絡時期',
    'badge.title': 'つながり — 連絡時期を過ぎた人が{n}人います',
    'badge.title.none': 'つながり — 連絡時期を過ぎた人はいません',
    'digest.title': '今週連絡したい人',
    'digest.body': '{names}。簡単なメッセージを送るだけで、つながりは保てます。',
    'digest.snoozeWeek': '1週間延期',
    'digest.done': '連絡した',
  },
);

export type CadenceMessageKey = keyof (typeof cadence)['en'] & string;

/** Any translator of the app (`Translate` from utils/i18n) fits here: it accepts every cadence key. */
export type CadenceTranslate = (key: CadenceMessageKey, params?: Record<string, string | number>) => string;

/** "3 weeks", "1 day": the form comes from the message's plural block (Intl.PluralRules), 「3週間」 in Japanese. */
export function describeSpan(span: Span, t: CadenceTranslate): string {
  return t(`span.${span.unit}`, { n: span.n });
}

/** A future moment relative to today: "today", "tomorrow", "in 2 weeks". */
function describeWhen(span: Span, t: CadenceTranslate): string {
  if (span.unit === 'day' && span.n === 0) return t('when.today');
  if (span.unit === 'day' && span.n === 1) return t('when.tomorrow');
  return t('when.in', { span: describeSpan(span, t) });
}

/** A past moment relative to today: "today", "yesterday", "2 weeks ago". */
function describeAgo(span: Span, t: CadenceTranslate): string {
  if (span.unit === 'day' && span.n === 0) return t('ago.today');
  if (span.unit === 'day' && span.n === 1) return t('ago.yesterday');
  return t('ago.span', { span: describeSpan(span, t) });
}

/** The short sentence for a due reason from utils/cadence/reason.ts, in the translator's language. */
export function describeReason(reason: DueReason, t: CadenceTranslate): string {
  switch (reason.code) {
    case 'archived':
      return t('reason.archived');
    case 'untracked':
      return t('reason.untracked');
    case 'snoozed':
      return t('reason.snoozed', { when: describeWhen(reason.params, t) });
    case 'newJob':
      return reason.params.role ? t('reason.newJob', { role: reason.params.role }) : t('reason.newJobUnknown');
    case 'followUp':
      return t(`reason.followUp.${reason.params.context ?? 'other'}`, { ago: describeAgo(reason.params, t) });
    case 'overdue':
      return t('reason.overdue', { span: describeSpan(reason.params, t) });
    case 'new':
      return reason.params.since !== null ? t('reason.newSince', { year: reason.params.since }) : t('reason.new');
    case 'dueToday':
      return t('reason.dueToday');
    case 'dueIn':
      return reason.params.unit === 'day' && reason.params.n === 1
        ? t('reason.dueTomorrow')
        : t('reason.dueIn', { span: describeSpan(reason.params, t) });
  }
}

/** The toolbar tooltip for a number of overdue people. */
export function describeBadgeTitle(count: number, t: CadenceTranslate): string {
  if (count <= 0) return t('badge.title.none');
  return t('badge.title', { n: formatOverdue(count) });
}
