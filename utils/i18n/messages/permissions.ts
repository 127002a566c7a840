import { defineMessages } from '../define';

export const permissions = defineMessages(
  {
    'hostAccess.title': 'Allow Tsunagari on LinkedIn',
    'hostAccess.body':
      'To show the Save button on LinkedIn profiles, Tsunagari needs to read linkedin.com pages. It reads them only in your browser and sends nothing anywhere. After you allow it, reload any LinkedIn tab that is already open.',
    'hostAccess.allow': 'Allow on LinkedIn',
    'hostAccess.denied': 'Not allowed yet. You can also allow it later in the add-on’s permissions.',
  },
  {
    'hostAccess.title': 'LinkedIn での利用を許可してください',
    'hostAccess.body':
      'LinkedIn のプロフィールに保存ボタンを表示するには、linkedin.com のページを読み取る許可が必要です。読み取りはブラウザの中だけで行い、どこにも送信しません。許可したあとは、開いている LinkedIn のタブを再読み込みしてください。',
    'hostAccess.allow': 'LinkedIn で許可する',
    'hostAccess.denied': 'まだ許可されていません。アドオンの権限設定からあとで許可することもできます。',
  },
);
