/**
 * Word lists for invented people. Names are combined at random from common given names and family names,
 * so no generated person is a real one; companies and places are made up.
 */
export const LATIN_GIVEN = [
  'Aiko', 'Ben', 'Carla', 'Diego', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kofi', 'Lena',
  'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tess', 'Umar', 'Vera', 'Wen', 'Yara', 'Zoe',
];
export const LATIN_FAMILY = [
  'Abbott', 'Brandt', 'Castillo', 'Dumont', 'Eriksen', 'Fontaine', 'Garber', 'Holm', 'Ivers', 'Jansen',
  'Kowal', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quiroga', 'Rasmussen', 'Sato', 'Tanaka',
  'Ueda', 'Varga', 'Whitlow', 'Yilmaz', 'Zeller',
];
export const JA_FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '松本', '井上', '木村'];
export const JA_GIVEN = ['陽菜', '結衣', '葵', '美咲', '翔太', '蓮', '大輝', '悠真', '健', '彩', '直樹', '花子', '誠', '美穂', '拓海'];

export const COMPANIES = [
  'Hoshizora Labs', 'Kumo Analytics', 'Acme Robotics', 'Northwind Studio', 'Bluefin Health', 'Sakura Fintech',
  'Tsubame Logistics', 'Lumen Works', 'Harbor & Pine', 'Mori Design', 'Quill Legal', 'Orbit Foods',
  '株式会社ひかり', '合同会社みなと', 'Kestrel Energy', 'Pebble Games',
];
export const TITLES = [
  'Product Manager', 'Software Engineer', 'Designer', 'Data Scientist', 'Recruiter', 'Sales Lead', 'CTO',
  'Marketing Manager', 'Founder', 'エンジニア', 'プロダクトマネージャー', 'デザイナー', 'Consultant', 'Researcher',
];
export const PLACES = ['Tokyo', 'Osaka', 'Kyoto', 'Fukuoka', 'Berlin', 'Lisbon', 'Toronto', 'Nairobi', '札幌', '横浜', 'Remote'];
export const TAGS = ['former-colleague', 'conference', 'mentor', 'client', 'alumni', 'meetup', 'friend', 'investor', '勉強会', '同期'];
export const TOPICS = ['hiking', 'coffee', 'rust', 'design systems', 'marathons', 'ramen', 'jazz', 'kids', '将棋', 'photography'];
export const NOTE_LINES = [
  'Talked about moving to a new team next spring.',
  'Recommended a book on negotiation; send the title.',
  'Met at the coffee stand before the keynote.',
  'Looking for a frontend engineer, maybe introduce Rosa.',
  'Training for the Kyoto marathon.',
  'ランチで転職の話をした。来月また連絡する。',
  '勉強会で登壇していた。資料を共有してもらう約束。',
  'Kids started school; ask how it went.',
  'Interested in our open-source work on offline sync.',
  '次回はコーヒーを一緒に。',
];
export const INTERACTION_NOTES = ['', '', '', 'Quick catch-up', 'Shared an article', '近況報告', 'Intro call'];
