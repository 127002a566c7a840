import { defineMessages } from '../define';

/** The in-page LinkedIn button: the content script imports only this bundle. */
export const captureButton = defineMessages(
  {
    'capture.button.save': 'Save to Tsunagari',
    'capture.button.check': 'Save to Tsunagari: check first',
    'capture.button.saving': 'Saving…',
    'capture.button.saved': 'Saved',
    'capture.button.updated': 'Updated',
    'capture.button.jobChange': 'Job change noted',
    'capture.checkInPanel': 'Please check the details: open Tsunagari from the toolbar and save there.',
    'capture.refused.covered': 'Not saved: the button was covered or hidden.',
    'capture.error': 'Could not save: {message}',
  },
  {
    'capture.button.save': 'つながりに保存',
    'capture.button.check': 'つながりに保存：内容を確認',
    'capture.button.saving': '保存中…',
    'capture.button.saved': '保存済み',
    'capture.button.updated': '更新しました',
    'capture.button.jobChange': '転職・異動を記録しました',
    'capture.checkInPanel': 'ツールバーから「つながり」を開き、内容を確認して保存してください。',
    'capture.refused.covered': '保存しませんでした。ボタンが隠れていたか、覆われていました。',
    'capture.error': '保存できませんでした：{message}',
  },
);

/** The capture context menu and the notices after a shortcut or menu save (background). */
export const capture = defineMessages(
  {
    'capture.menu.savePerson': 'Save the person on this page',
    'capture.menu.addNote': 'Add selection as a note to…',
    'capture.notice.saved': 'Saved {name} to Tsunagari',
    'capture.notice.updated': 'Updated {name} in Tsunagari',
    'capture.notice.jobChange': 'Updated {name}: job change noted',
    'capture.notice.noted': 'Note added to {name}',
  },
  {
    'capture.menu.savePerson': 'このページの人をつながりに保存',
    'capture.menu.addNote': '選択したテキストをメモとして追加…',
    'capture.notice.saved': '{name}さんをつながりに保存しました',
    'capture.notice.updated': '{name}さんの情報を更新しました',
    'capture.notice.jobChange': '{name}さんの転職・異動を記録しました',
    'capture.notice.noted': '{name}さんにメモを追加しました',
  },
);
