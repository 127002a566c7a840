import type { CaptureSource, CapturedFields } from '../../../utils/model/capture';

/** Every fixture page, the URL it stands for, the source that must read it and what it must find. */
export interface FixtureCase {
  file: string;
  url: string;
  source: CaptureSource;
  key: string | null;
  fields: Partial<CapturedFields>;
  needsConfirmation?: boolean;
}

export const FIXTURE_CASES: FixtureCase[] = [
  {
    file: 'linkedin-2023.html',
    url: 'https://www.linkedin.com/in/haruto-sato-example/',
    source: 'linkedin',
    key: 'linkedin:haruto-sato-example',
    fields: {
      name: 'Haruto Sato',
      headline: 'Data engineer building weather pipelines | Kumo Analytics',
      company: 'Kumo Analytics',
      title: 'Senior Data Engineer',
      location: 'Osaka, Osaka, Japan',
      avatarUrl:
        'https://media.licdn.com/dms/image/v2/D5603AQHaruto/profile-displayphoto-shrink_400_400/0/1690000000000?e=1&v=beta',
    },
  },
  {
    file: 'linkedin-current.html',
    url: 'https://www.linkedin.com/in/mei-suzuki-demo/',
    source: 'linkedin',
    key: 'linkedin:mei-suzuki-demo',
    fields: {
      name: 'Mei Suzuki',
      headline: 'Community manager · Coffee meetups for designers in Kyoto',
      company: 'Tsumiki Studio',
      location: 'Kyoto, Kyoto, Japan',
      avatarUrl: 'https://media.licdn.com/dms/image/v2/C4E03AQMei/profile-displayphoto-shrink_400_400/0/1700000000000',
    },
  },
  {
    file: 'linkedin-public-jp.html',
    url: 'https://jp.linkedin.com/in/kenji-mori-3a1b2c?trk=people-guest_people_search-card',
    source: 'linkedin',
    key: 'linkedin:kenji-mori-3a1b2c',
    fields: {
      name: 'Kenji Mori',
      headline: 'Robotics engineer · grippers for small farms',
      title: 'Robotics Engineer',
      company: 'Nagi Robotics',
      location: 'Fukuoka, JP',
      avatarUrl:
        'https://media.licdn.com/dms/image/v2/D5603AQKenji/profile-displayphoto-shrink_200_200/0/1710000000000',
    },
  },
  {
    file: 'linkedin-ja.html',
    url: 'https://www.linkedin.com/in/%E5%B1%B1%E6%9C%AC-%E3%81%95%E3%81%8F%E3%82%89-demo/',
    source: 'linkedin',
    key: 'linkedin:山本-さくら-demo',
    fields: {
      name: '山本 さくら',
      headline: 'UXリサーチャー｜地域コミュニティとデザイン',
      company: '株式会社ひだまり設計',
      location: '日本 東京都 世田谷区',
    },
  },
  {
    file: 'linkedin-contact-info.html',
    url: 'https://www.linkedin.com/in/haruto-sato-example/overlay/contact-info/',
    source: 'linkedin',
    key: 'linkedin:haruto-sato-example',
    fields: {
      name: 'Haruto Sato',
      emails: ['haruto.sato@example.com'],
      phones: ['+81 90-0000-1234'],
      websites: ['https://haruto.example/'],
      birthday: 'March 14',
    },
  },
  {
    file: 'linkedin-demo.html',
    url: 'https://www.linkedin.com/in/aiko-demo-tanaka/',
    source: 'linkedin',
    key: 'linkedin:aiko-demo-tanaka',
    fields: { name: 'Aiko Tanaka', company: 'Hoshizora Labs', location: 'Yokohama, Kanagawa, Japan' },
  },
  {
    file: 'person-jsonld.html',
    url: 'https://rina-okada.example/about/',
    source: 'schema-org',
    key: 'web:rina-okada.example/about',
    fields: {
      name: 'Rina Okada',
      title: 'Illustrator and workshop host',
      company: 'Okada Studio',
      location: 'Sapporo, Japan',
      avatarUrl: 'https://rina-okada.example/images/rina.jpg',
      emails: ['hello@rina-okada.example'],
    },
  },
  {
    file: 'person-microdata.html',
    url: 'https://community-day.example/speakers/sho-fujita',
    source: 'schema-org',
    key: 'web:community-day.example/speakers/sho-fujita',
    fields: {
      name: 'Sho Fujita',
      title: 'Developer advocate',
      company: 'Sakura Cloudworks',
      location: 'Nagoya, Japan',
      emails: ['sho@sho-fujita.example'],
      websites: ['https://sho-fujita.example/'],
    },
  },
  {
    file: 'person-hcard.html',
    url: 'https://nao-hirano.example/',
    source: 'h-card',
    key: 'web:nao-hirano.example',
    fields: {
      name: 'Nao Hirano',
      title: 'Librarian',
      company: 'Kobe City Library',
      location: 'Kobe, Japan',
      avatarUrl: 'https://nao-hirano.example/me.jpg',
      emails: ['nao@nao-hirano.example'],
    },
  },
  {
    file: 'person-og.html',
    url: 'https://writers.example/people/takumi',
    source: 'open-graph',
    key: 'web:writers.example/people/takumi',
    fields: { name: 'Takumi Endo', avatarUrl: 'https://writers.example/avatars/takumi-endo.png' },
  },
  {
    file: 'github-profile.html',
    url: 'https://github.com/aiko-tanaka-demo',
    source: 'github',
    key: 'github:aiko-tanaka-demo',
    fields: {
      name: 'Aiko Tanaka',
      headline: 'Product manager who codes on weekends. Lunch-and-learn organiser.',
      company: 'Hoshizora Labs',
      location: 'Yokohama, Japan',
      avatarUrl: 'https://avatars.githubusercontent.com/u/100000001?v=4',
    },
  },
  {
    file: 'x-profile.html',
    url: 'https://x.com/kenji_mori_demo',
    source: 'x',
    key: 'x:kenji_mori_demo',
    fields: {
      name: 'Kenji Mori',
      headline: 'Robotics engineer. Grippers for small farms. Fukuoka coffee walks.',
      location: 'Fukuoka, Japan',
      websites: ['https://kenji-mori.example/'],
    },
  },
  {
    file: 'mastodon-profile.html',
    url: 'https://mastodon.example/@mei',
    source: 'mastodon',
    key: 'mastodon:mei@mastodon.example',
    fields: {
      name: 'Mei Suzuki',
      headline: 'Community manager. Coffee meetups for designers in Kyoto.',
      websites: ['https://mei-suzuki.example/'],
    },
  },
  {
    file: 'mastodon-profile-ja.html',
    url: 'https://mstdn.example/@hina',
    source: 'mastodon',
    key: 'mastodon:hina@mstdn.example',
    fields: {
      name: '小林 陽菜',
      headline: '金沢で和菓子の研究をしています。週末は茶会。',
      avatarUrl: 'https://mstdn.example/system/accounts/avatars/000/000/002/original/hina.png',
    },
  },
  {
    file: 'fallback-article.html',
    url: 'https://town-notes.example/2026/bakeries',
    source: 'fallback',
    key: 'web:town-notes.example/2026/bakeries',
    fields: { name: 'Interview: Yuto Kimura on neighbourhood bakeries' },
    needsConfirmation: true,
  },
];
