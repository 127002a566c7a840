// Demo data for the store screenshots: invented people, companies and places only (no real person).
// Rows are full records of the `tsunagari` database as utils/model/{contact,note,interaction}.ts define them,
// with `dueAt` derived by the rule of docs/ARCHITECTURE.md, "Keeping in touch", so the screens show what the extension would compute itself.
import { randomUUID } from 'node:crypto';

const DAY = 86_400_000;

/**
 * Each person in both languages: the Japanese screenshots show the names and notes a Japanese user would write.
 * `lastTouchDays`: days since the last interaction (null: never logged, the clock starts at `metDaysAgo`).
 */
const PEOPLE = [
  {
    slug: 'haruka-demo-mori',
    en: ['Haruka Mori', 'Product designer at Kumonoito', 'Kumonoito', 'Product designer', 'Tokyo, Japan'],
    ja: ['森 遥', 'クモノイト プロダクトデザイナー', 'クモノイト', 'プロダクトデザイナー', '東京都'],
    met: ['coffee', 'Blue Door Coffee, Kuramae', 'ブルードアコーヒー 蔵前'],
    metDaysAgo: 420,
    cadenceDays: 60,
    lastTouchDays: 75,
    tags: ['design'],
    topics: [
      ['Moving to a four-day week', 'Pottery class'],
      ['週休3日への移行', '陶芸教室'],
    ],
    note: [
      'Wants feedback on her onboarding redesign. Ask how the user interviews went.',
      'オンボーディングの改善案にフィードバックがほしいとのこと。ユーザーインタビューの結果を聞く。',
    ],
  },
  {
    slug: 'daniel-demo-okafor',
    en: [
      'Daniel Okafor',
      'Engineering manager · Lanternfish Labs',
      'Lanternfish Labs',
      'Engineering manager',
      'Berlin, Germany',
    ],
    ja: [
      'ダニエル・オカフォー',
      'Lanternfish Labs エンジニアリングマネージャー',
      'Lanternfish Labs',
      'エンジニアリングマネージャー',
      'ドイツ ベルリン',
    ],
    met: ['event', 'Remote Work Meetup #12', 'リモートワーク勉強会 #12'],
    metDaysAgo: 300,
    cadenceDays: 90,
    lastTouchDays: 130,
    tags: ['engineering'],
    topics: [
      ['Hiring a platform team', 'Marathon in April'],
      ['プラットフォームチームの採用', '4月のマラソン'],
    ],
    note: [
      'Introduced me to two founders. Send the article on async stand-ups he asked for.',
      '創業者2人を紹介してくれた。頼まれていた非同期スタンドアップの記事を送る。',
    ],
  },
  {
    slug: 'yuki-demo-shimizu',
    en: [
      'Yuki Shimizu',
      'Data analyst, Harborline Logistics',
      'Harborline Logistics',
      'Data analyst',
      'Yokohama, Japan',
    ],
    ja: [
      '清水 由紀',
      'ハーバーライン物流 データアナリスト',
      'ハーバーライン物流',
      'データアナリスト',
      '神奈川県横浜市',
    ],
    met: ['lunch', 'Team lunch with the logistics group', '物流チームとのランチ'],
    metDaysAgo: 200,
    cadenceDays: 30,
    lastTouchDays: 41,
    tags: ['data'],
    topics: [
      ['Learning Rust', 'Cat named Mochi'],
      ['Rust を勉強中', '猫のもち'],
    ],
    note: ['Asked about open roles on our analytics team.', 'うちの分析チームの募集について聞かれた。'],
    jobChange: [
      ['Northgate Freight', 'Harborline Logistics'],
      ['ノースゲート運輸', 'ハーバーライン物流'],
    ],
  },
  {
    slug: 'sofia-demo-lindqvist',
    en: ['Sofia Lindqvist', 'Founder of Fernwood Studio', 'Fernwood Studio', 'Founder', 'Stockholm, Sweden'],
    ja: [
      'ソフィア・リンドクヴィスト',
      'Fernwood Studio 創業者',
      'Fernwood Studio',
      '創業者',
      'スウェーデン ストックホルム',
    ],
    met: ['online', 'Design systems forum', 'デザインシステムのフォーラム'],
    metDaysAgo: 540,
    cadenceDays: 180,
    lastTouchDays: 410,
    tags: ['design', 'founders'],
    topics: [['Bootstrapping a studio'], ['スタジオを自己資金で経営']],
    note: [
      'Dormant tie: we have not talked in over a year. She liked the idea of a joint workshop.',
      '1年以上話していない。合同ワークショップの案に乗り気だった。',
    ],
  },
  {
    slug: 'kenta-demo-fujii',
    en: [
      'Kenta Fujii',
      'Volunteer coordinator, Riverside Cleanup',
      'Riverside Cleanup',
      'Volunteer coordinator',
      'Osaka, Japan',
    ],
    ja: [
      '藤井 健太',
      'リバーサイド清掃の会 ボランティアコーディネーター',
      'リバーサイド清掃の会',
      'ボランティアコーディネーター',
      '大阪府大阪市',
    ],
    met: ['volunteer', 'River cleanup day', '河川清掃ボランティア'],
    metDaysAgo: 150,
    cadenceDays: 60,
    lastTouchDays: 54,
    tags: ['community'],
    topics: [['Organising a spring event'], ['春のイベントを企画中']],
    note: ['Needs a photographer for the next cleanup day.', '次回の清掃日にカメラマンを探している。'],
  },
  {
    slug: 'amara-demo-nwosu',
    en: ['Amara Nwosu', 'Talent partner at Brightwell Health', 'Brightwell Health', 'Talent partner', 'London, UK'],
    ja: [
      'アマラ・ンウォス',
      'Brightwell Health タレントパートナー',
      'Brightwell Health',
      'タレントパートナー',
      'イギリス ロンドン',
    ],
    met: ['introduction', 'Introduced by Daniel Okafor', 'ダニエル・オカフォーさんの紹介'],
    metDaysAgo: 95,
    cadenceDays: 45,
    lastTouchDays: 20,
    tags: ['recruiting'],
    topics: [['Career paths into health tech'], ['ヘルステックへのキャリア']],
    note: ['Happy to review my CV before the spring round.', '春の採用前に履歴書を見てくれるとのこと。'],
  },
  {
    slug: 'takumi-demo-ogawa',
    en: ['Takumi Ogawa', 'Backend engineer at Kumonoito', 'Kumonoito', 'Backend engineer', 'Fukuoka, Japan'],
    ja: ['小川 拓海', 'クモノイト バックエンドエンジニア', 'クモノイト', 'バックエンドエンジニア', '福岡県福岡市'],
    met: ['sports', 'Sunday futsal', '日曜のフットサル'],
    metDaysAgo: 380,
    cadenceDays: 30,
    lastTouchDays: 9,
    tags: ['engineering'],
    topics: [
      ['Futsal league', 'Moving to Fukuoka'],
      ['フットサルリーグ', '福岡への引っ越し'],
    ],
    note: [
      'Moved to Fukuoka in the summer. Recommends the ramen near Tenjin.',
      '夏に福岡へ引っ越した。天神のラーメンがおすすめ。',
    ],
  },
  {
    slug: 'lena-demo-hartmann',
    en: [
      'Lena Hartmann',
      'Community lead, Open Paper Collective',
      'Open Paper Collective',
      'Community lead',
      'Vienna, Austria',
    ],
    ja: [
      'レナ・ハルトマン',
      'Open Paper Collective コミュニティリード',
      'Open Paper Collective',
      'コミュニティリード',
      'オーストリア ウィーン',
    ],
    met: ['coworking', 'Hillside Coworking', 'ヒルサイド・コワーキング'],
    metDaysAgo: 260,
    cadenceDays: 90,
    lastTouchDays: 84,
    tags: ['community'],
    topics: [['Running online study groups'], ['オンライン勉強会の運営']],
    note: ['Invited me to speak at their next study group.', '次回の勉強会で話してほしいと誘われた。'],
  },
  {
    slug: 'mei-demo-kobayashi',
    en: ['Mei Kobayashi', 'UX researcher · Sakura Transit', 'Sakura Transit', 'UX researcher', 'Nagoya, Japan'],
    ja: ['小林 芽衣', 'さくら交通 UXリサーチャー', 'さくら交通', 'UXリサーチャー', '愛知県名古屋市'],
    met: ['meeting', 'Accessibility working group', 'アクセシビリティ分科会'],
    metDaysAgo: 120,
    cadenceDays: 60,
    lastTouchDays: 12,
    tags: ['design', 'research'],
    topics: [['Accessible ticket machines'], ['使いやすい券売機']],
    note: [
      'Share the survey template after her field study.',
      'フィールド調査が終わったらアンケートのひな形を共有する。',
    ],
  },
  {
    slug: 'oliver-demo-grant',
    en: ['Oliver Grant', 'CTO at Tidepool Analytics', 'Tidepool Analytics', 'CTO', 'Toronto, Canada'],
    ja: ['オリバー・グラント', 'Tidepool Analytics CTO', 'Tidepool Analytics', 'CTO', 'カナダ トロント'],
    met: ['event', 'Data Engineering Summit', 'データエンジニアリング・サミット'],
    metDaysAgo: 700,
    cadenceDays: 120,
    lastTouchDays: 395,
    tags: ['founders', 'data'],
    topics: [['Advising early-stage teams'], ['アーリーステージのチームへの助言']],
    note: [
      'Dormant tie from the summit. Congratulate him on the new office.',
      'サミットで出会ってから疎遠。新オフィスのお祝いを伝える。',
    ],
  },
  {
    slug: 'nanami-demo-ueda',
    en: ['Nanami Ueda', 'Editor, Lantern Books', 'Lantern Books', 'Editor', 'Kyoto, Japan'],
    ja: ['上田 七海', 'ランタン書房 編集者', 'ランタン書房', '編集者', '京都府京都市'],
    met: ['lunch', 'Book fair lunch', 'ブックフェアのランチ'],
    metDaysAgo: 60,
    cadenceDays: 90,
    lastTouchDays: null,
    tags: ['writing'],
    topics: [['A book on weak ties'], ['ゆるいつながりについての本']],
    note: ['Looking for contributors to an essay collection.', 'エッセイ集の寄稿者を探している。'],
  },
  {
    slug: 'marco-demo-bellini',
    en: ['Marco Bellini', 'Freelance photographer', 'Independent', 'Photographer', 'Milan, Italy'],
    ja: ['マルコ・ベッリーニ', 'フリーランスの写真家', 'フリーランス', '写真家', 'イタリア ミラノ'],
    met: ['other', 'Friend of a friend at a gallery opening', 'ギャラリーのオープニングで友人の友人として'],
    metDaysAgo: 35,
    cadenceDays: null,
    lastTouchDays: 35,
    tags: [],
    topics: [[], []],
    note: ['Could photograph the cleanup day (see Kenta).', '清掃日の撮影を頼めるかも（藤井さん参照）。'],
  },
];

/** Tags as a Japanese user would write them. */
const TAGS_JA = {
  design: 'デザイン',
  engineering: 'エンジニア',
  data: 'データ',
  founders: '起業家',
  community: 'コミュニティ',
  recruiting: '採用',
  research: 'リサーチ',
  writing: '執筆',
};

const KINDS = ['message', 'coffee', 'lunch', 'call', 'video', 'email', 'event', 'social'];

/** Interactions spread over the past year, ending at the person's last touch, so insights have a history. */
function interactionsFor(contactId, person, now, index) {
  if (person.lastTouchDays === null) return [];
  const rows = [];
  const count = 2 + (index % 4);
  for (let i = 0; i < count; i++) {
    const daysAgo = person.lastTouchDays + i * Math.max(20, Math.round(person.metDaysAgo / (count + 1)));
    if (daysAgo > person.metDaysAgo) break;
    rows.push({
      id: randomUUID(),
      contactId,
      kind: KINDS[(index + i) % KINDS.length],
      at: now - daysAgo * DAY,
      note: '',
    });
  }
  return rows;
}

/** Builds the rows for one language, relative to `now`. */
export function demoRows(lang, now = Date.now()) {
  const contacts = [];
  const notes = [];
  const interactions = [];
  PEOPLE.forEach((person, index) => {
    const id = randomUUID();
    const [name, headline, company, title, location] = person[lang];
    const metDate = now - person.metDaysAgo * DAY;
    const lastInteractionAt = person.lastTouchDays === null ? null : now - person.lastTouchDays * DAY;
    const createdAt = metDate + DAY;
    const lastTouch = lastInteractionAt ?? metDate;
    const url = `https://www.linkedin.com/in/${person.slug}/`;
    const seenAt = now - Math.min(person.metDaysAgo, 30) * DAY;
    contacts.push({
      id,
      name,
      headline,
      company,
      title,
      location,
      avatarUrl: '',
      about: '',
      profiles: [{ kind: 'linkedin', url }],
      profileKeys: [`linkedin:${person.slug}`],
      emails: [],
      phones: [],
      websites: [],
      tags: lang === 'ja' ? person.tags.map((tag) => TAGS_JA[tag] ?? tag) : person.tags,
      met: {
        context: person.met[0],
        place: lang === 'ja' ? person.met[2] : person.met[1],
        date: metDate,
        introducedBy: '',
      },
      topics: person.topics[lang === 'ja' ? 1 : 0],
      cadenceDays: person.cadenceDays,
      lastInteractionAt,
      snoozedUntil: null,
      // docs/ARCHITECTURE.md: dueAt = max(last touch + cadence, snoozedUntil); untracked people are never due.
      dueAt: person.cadenceDays === null ? null : lastTouch + person.cadenceDays * DAY,
      jobChange: person.jobChange
        ? { from: person.jobChange[lang === 'ja' ? 1 : 0][0], to: person.jobChange[lang === 'ja' ? 1 : 0][1], seenAt }
        : null,
      fieldSeenAt: { name: seenAt, headline: seenAt, company: seenAt, title: seenAt, location: seenAt },
      createdAt,
      updatedAt: Math.max(createdAt, lastTouch),
      archivedAt: null,
    });
    notes.push({
      id: randomUUID(),
      contactId: id,
      body: person.note[lang === 'ja' ? 1 : 0],
      createdAt: lastTouch,
      updatedAt: lastTouch,
    });
    interactions.push(...interactionsFor(id, person, now, index));
  });
  return { contacts, notes, interactions, captures: [] };
}

/** The settings item as utils/model/settings.ts defines it (defaults, plus the language and theme of the run). */
export function settingsFor(lang, theme) {
  return {
    defaultCadenceDays: 90,
    tagCadences: lang === 'ja' ? { エンジニア: 60 } : { engineering: 60 },
    soonDays: 7,
    digest: { enabled: true, weekday: 1, hour: 9 },
    badgeEnabled: true,
    language: lang,
    theme,
    loadPhotos: true,
  };
}
