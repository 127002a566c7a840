import { defineMessages } from '../define';
import type { Contact } from '../../model/contact';
import { localYear } from '../../cadence/calendar';
import { lastTouchAt } from '../../cadence/due';

/**
 * The first week with a real network (issue 15): "Who matters now?", the dormant tie suggested each week,
 * writing in one click, the import page and the welcome page.
 */
export const firstWeek = defineMessages(
  {
    'suggest.title': 'A tie worth reviving',
    'suggest.hint': 'A suggestion, not a reminder: nobody is counted until you choose to keep in touch.',
    'suggest.connected': 'Connected in {year}',
    'suggest.connectedAt': 'Connected in {year} · {company}',
    'suggest.talked': 'Last talked in {year}',
    'suggest.talkedAt': 'Last talked in {year} · {company}',
    'suggest.noted': '{base} · you noted: “{note}”',
    'suggest.track': 'Keep in touch',
    'suggest.trackLabel': 'Keep in touch with {name}',
    'suggest.tracked': '{name} is now in your reminders.',
    'write.linkedin': 'Message on LinkedIn',
    'write.linkedinLabel': 'Message {name} on LinkedIn (opens their profile)',
    'write.email': 'Email',
    'write.emailLabel': 'Email {name}',
    'write.ask': 'Ask next time: {topics}',
    'welcome.title': 'Welcome to Tsunagari',
    'welcome.lead':
      'Once a week, two or three names, one of them someone you have not talked to in a while. A short message keeps the tie alive. Everything stays in this browser.',
    'welcome.badgeTitle': 'The number on the icon',
    'welcome.badgeBody':
      'It counts the people you chose to keep in touch with whose time to write has come. People you import are not counted until you choose them.',
    'welcome.pinTitle': 'Pin the icon',
    'welcome.pinBody':
      'Click the puzzle-piece (Extensions) button in the toolbar, then the pin next to Tsunagari. In Firefox: the Extensions button, the gear next to Tsunagari, then “Pin to Toolbar”.',
    'welcome.importTitle': 'Import your LinkedIn connections',
    'welcome.importButton': 'Go to Import',
    'welcome.demoTitle': 'Try it first',
    'welcome.demoBody':
      'Add three invented people to see the weekly list, the sorting and the badge at work. They carry the tag “sample”, so you can find and delete them later.',
    'welcome.demoButton': 'Add sample people',
    'welcome.demoDone': 'Added the sample people. Open the toolbar icon to see who is due.',
    'dash.nav.sort': 'Who matters now?',
    'popup.saveFromPage': 'Save someone from this page…',
    'dash.nav.import': 'Import',
    'sort.subtitle':
      'A few people at a time, one tap or one key each. Leave whenever you like: next time you pick up where you stopped.',
    'sort.progress': '{sorted} of {total} sorted',
    'sort.progressLabel': 'Sorting progress',
    'sort.connected': 'Connected {date}',
    'sort.saved': 'Saved {date}',
    'sort.noted': 'You noted: {note}',
    'sort.askAbout': 'Ask about: {topics}',
    'sort.actionsLabel': 'Keep in touch with {name}?',
    'sort.month': 'Every month',
    'sort.quarter': 'Every quarter',
    'sort.year': 'Every year',
    'sort.notNow': 'Not now',
    'sort.archive': 'Archive',
    'sort.keysHint': 'Keys: 1, 2, 3 for how often, N for not now, A to archive.',
    'sort.next': 'Next up',
    'sort.listSeparator': ', ',
    'sort.last': '{name}: {decision}.',
    'sort.doneTitle': 'Everyone is sorted',
    'sort.doneBody':
      'People you put off with “Not now” come back here in six months, and people you import later join the queue.',
    'sort.emptyTitle': 'Nobody to sort yet',
    'sort.emptyBody': 'Import your LinkedIn connections, then choose here who matters now.',
    'import.subtitle': 'Bring in your LinkedIn connections or an address book. Nothing leaves this computer.',
    'import.stepsTitle': 'Getting the file from LinkedIn',
    'import.step1': 'On LinkedIn, open Settings & Privacy → Data privacy → Get a copy of your data.',
    'import.step2':
      'Choose “Connections” (or the whole archive) and request it. LinkedIn emails you when it is ready, usually within minutes.',
    'import.step3': 'Download the .zip and choose it in Import. The .zip or the Connections.csv inside both work.',
  },
  {
    'suggest.title': '久しぶりに連絡してみませんか',
    'suggest.hint': 'これはおすすめで、リマインダーではありません。連絡を続けると決めるまで、数には入りません。',
    'suggest.connected': '{year}年につながりました',
    'suggest.connectedAt': '{year}年につながりました（{company}）',
    'suggest.talked': '最後に話したのは{year}年です',
    'suggest.talkedAt': '最後に話したのは{year}年です（{company}）',
    'suggest.noted': '{base}。メモ：「{note}」',
    'suggest.track': '連絡を続ける',
    'suggest.trackLabel': '{name}さんと連絡を続ける',
    'suggest.tracked': '{name}さんをリマインダーに追加しました。',
    'write.linkedin': 'LinkedIn でメッセージ',
    'write.linkedinLabel': '{name}さんに LinkedIn でメッセージを送る（プロフィールを開きます）',
    'write.email': 'メール',
    'write.emailLabel': '{name}さんにメールを送る',
    'write.ask': '次に聞きたいこと：{topics}',
    'welcome.title': 'つながりへようこそ',
    'welcome.lead':
      '週に一度、二、三人の名前をお知らせします。そのうち一人は、しばらく話していない人です。短いメッセージを送るだけで、つながりは保てます。データはすべてこのブラウザの中に保存されます。',
    'welcome.badgeTitle': 'アイコンの数字について',
    'welcome.badgeBody':
      '連絡を続けると決めた人のうち、連絡時期が来た人の数です。インポートした人は、あなたが選ぶまで数えません。',
    'welcome.pinTitle': 'アイコンを固定する',
    'welcome.pinBody':
      'ツールバーのパズルのピース（拡張機能）ボタンを押し、「つながり」の横のピンを押します。Firefox では、拡張機能ボタンから「つながり」の横の歯車を押し、「ツールバーにピン留め」を選びます。',
    'welcome.importTitle': 'LinkedIn のつながりをインポートする',
    'welcome.importButton': 'インポートへ進む',
    'welcome.demoTitle': 'まず試してみる',
    'welcome.demoBody':
      '架空の3人を追加して、週ごとのリスト、整理の流れ、バッジの動きを確かめられます。3人には「sample」タグが付くので、あとで探して削除できます。',
    'welcome.demoButton': 'サンプルの人を追加',
    'welcome.demoDone': 'サンプルの人を追加しました。ツールバーのアイコンを開くと、連絡時期が来た人がわかります。',
    'dash.nav.sort': 'いま大切な人は？',
    'popup.saveFromPage': 'このページの人を保存する…',
    'dash.nav.import': 'インポート',
    'sort.subtitle': '数人ずつ、ワンタップかキーひとつで決めていきます。途中でやめても、次は続きから始められます。',
    'sort.progress': '{total}人中{sorted}人を整理しました',
    'sort.progressLabel': '整理の進み具合',
    'sort.connected': '{date}につながりました',
    'sort.saved': '{date}に保存しました',
    'sort.noted': 'あなたのメモ：{note}',
    'sort.askAbout': '聞いてみたいこと：{topics}',
    'sort.actionsLabel': '{name}さんと連絡を続けますか？',
    'sort.month': '毎月',
    'sort.quarter': '3か月ごと',
    'sort.year': '年に1回',
    'sort.notNow': '今回は見送る',
    'sort.archive': 'アーカイブ',
    'sort.keysHint': 'キー操作：1・2・3で頻度を選び、Nで見送り、Aでアーカイブします。',
    'sort.next': '次の人',
    'sort.listSeparator': '、',
    'sort.last': '{name}さん：{decision}',
    'sort.doneTitle': '全員の整理が終わりました',
    'sort.doneBody': '「今回は見送る」を選んだ人は半年後にここへ戻ります。あとからインポートした人もここに加わります。',
    'sort.emptyTitle': 'まだ整理する人がいません',
    'sort.emptyBody': 'LinkedIn のつながりをインポートしてから、ここで大切な人を選びましょう。',
    'import.subtitle':
      'LinkedIn のつながりやアドレス帳を取り込みます。データがこのパソコンの外に出ることはありません。',
    'import.stepsTitle': 'LinkedIn からファイルを入手する方法',
    'import.step1': 'LinkedIn で「設定とプライバシー」→「データプライバシー」→「データのコピーを入手」を開きます。',
    'import.step2':
      '「つながり」（またはアーカイブ全体）を選んでリクエストします。準備ができると LinkedIn からメールが届きます。通常は数分で届きます。',
    'import.step3':
      '.zip をダウンロードして、「インポート」で選びます。.zip でも、中にある Connections.csv でもかまいません。',
  },
);

type FirstWeekTranslate = (
  key: keyof (typeof firstWeek)['en'] & string,
  params?: Record<string, string | number>,
) => string;

/**
 * Why this week's dormant tie is worth a message: "Connected in 2019 · Kumo Works · you noted: “…”". The year is
 * the last touch (their last talk, else when they connected) in the user's zone.
 */
export function describeSuggestion(
  contact: Pick<Contact, 'company' | 'lastInteractionAt' | 'met' | 'createdAt'>,
  note: string,
  timeZone: string,
  t: FirstWeekTranslate,
): string {
  const year = localYear(lastTouchAt(contact), timeZone);
  const talked = contact.lastInteractionAt !== null;
  const company = contact.company.trim();
  const base = company
    ? t(talked ? 'suggest.talkedAt' : 'suggest.connectedAt', { year, company })
    : t(talked ? 'suggest.talked' : 'suggest.connected', { year });
  const excerpt = note.trim().replace(/\s+/g, ' ');
  return excerpt
    ? t('suggest.noted', { base, note: excerpt.length > 120 ? `${excerpt.slice(0, 119)}…` : excerpt })
    : base;
}
