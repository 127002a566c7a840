import { describe, expect, it } from 'vitest';
import { BUNDLES } from '../../../utils/i18n';
import ja from '../../../public/_locales/ja/messages.json';

/** Every Japanese string of the app: the UI tables and the manifest's locale file. */
const japanese: [string, string][] = [
  ...BUNDLES.flatMap((bundle) => Object.entries(bundle.ja as Record<string, string>)),
  ...Object.entries(ja as Record<string, { message: string }>).map(([key, v]): [string, string] => [
    `_locales:${key}`,
    v.message,
  ]),
];

describe('Japanese strings read as a native product writes them', () => {
  it('use full-width parentheses （） in Japanese text, never half-width ()', () => {
    const offenders = japanese.filter(([, text]) => /[()]/.test(text));
    expect(offenders).toEqual([]);
  });

  it('write さん right after the name, with no space: 「{name}さん」', () => {
    const offenders = japanese.filter(([, text]) => /[\s\u3000]さん/.test(text));
    expect(offenders).toEqual([]);
  });

  it('put no space between a number placeholder and its counter: 「{n}人」, not 「{n} 人」', () => {
    const offenders = japanese.filter(([, text]) =>
      /\}[ \u3000]+[人行件日週か年]|[ \u3000]\{\w+\}[ \u3000]*[人行件]/.test(text),
    );
    expect(offenders).toEqual([]);
  });

  it('do not leave a snooze as a dangling fragment such as 「1週間後に」', () => {
    const offenders = japanese.filter(([, text]) => /後に$/.test(text));
    expect(offenders).toEqual([]);
  });

  it('ask how, not where, when asking how people met', () => {
    const offenders = japanese.filter(([, text]) => text.includes('どこで出会いましたか'));
    expect(offenders).toEqual([]);
  });

  it('give one English message one Japanese wording (Done, Snooze, Logged, Not tracked, Archived)', () => {
    // The messages the walk found translated two ways; context-bound pairs ("Name" as a label and as a sort
    // order) may differ, these may not.
    const mustAgree = [
      'Done',
      'Snooze a week',
      'Logged. The clock starts again.',
      'Not tracked',
      'Archived',
      'Restore from archive',
      'Overdue',
      'In touch',
      'Due soon',
    ];
    const byEnglish = new Map<string, Set<string>>();
    for (const bundle of BUNDLES) {
      const en = bundle.en as Record<string, string>;
      const jaTable = bundle.ja as Record<string, string>;
      for (const [key, text] of Object.entries(en)) {
        if (!mustAgree.includes(text)) continue;
        byEnglish.set(text, (byEnglish.get(text) ?? new Set<string>()).add(jaTable[key]!));
      }
    }
    expect([...byEnglish.keys()].sort()).toEqual([...mustAgree].sort());
    const doubled = [...byEnglish].filter(([, set]) => set.size > 1).map(([en, set]) => [en, [...set]]);
    expect(doubled).toEqual([]);
  });

  it('use one term for a person’s status: 連絡時期, never the older 連絡の時期 or 追跡', () => {
    const offenders = japanese.filter(([, text]) => /連絡の時期|追跡|交流/.test(text));
    expect(offenders).toEqual([]);
  });
});
