import { describe, expect, it } from 'vitest';
import { buildIndex, searchPeople } from '../../../utils/search/haystack';
import { foldText } from '../../../utils/search/fold';
import { person } from './people-fixture';

// Invented people whose names and notes exercise what a Japanese and European address book holds.
const hanako = person({ name: '山田 花子', company: '株式会社さくらテック', title: 'エンジニア', tags: ['勉強会'] });
const taro = person({ name: '山本 太郎', company: 'ｻｸﾗ ﾃﾞｻﾞｲﾝ', location: '横浜' });
const jose = person({ name: 'José Núñez', company: 'Café Müller', location: 'São Paulo', topics: ['Ökologie'] });
const soren = person({ name: 'Søren Ærø', company: 'Straße Werk' });
const mika = person({ name: 'Mika Ito', company: 'ＡＣＭＥ Robotics', headline: 'Ｒｕｓｔ engineer' });
const kenji = person({ name: 'Kenji Sato', company: 'Acme Robotics', title: 'Designer' });
const index = buildIndex(
  [hanako, taro, jose, soren, mika, kenji],
  [
    { contactId: kenji.id, body: 'ランチで転職の話をした。来月また連絡する。' },
    { contactId: jose.id, body: 'Quiere presentarme a su equipo de diseño.' },
  ],
);
const names = (q: string) => searchPeople(index, q).map((e) => e.contact.name);

describe('search quality', () => {
  it('finds Japanese names by any part of the name', () => {
    expect(names('花子')).toEqual(['山田 花子']);
    expect(names('山田')).toEqual(['山田 花子']);
    expect(names('山')).toEqual(['山田 花子', '山本 太郎']);
    expect(names('田 花')).toEqual(['山田 花子']);
  });

  it('finds a word inside a longer Japanese word', () => {
    expect(names('さくら')).toEqual(['山田 花子']);
    expect(names('テック')).toEqual(['山田 花子']);
    expect(names('株式会社')).toEqual(['山田 花子']);
  });

  it('finds Japanese notes by any part of them', () => {
    expect(names('転職')).toEqual(['Kenji Sato']);
    expect(names('連絡')).toEqual(['Kenji Sato']);
  });

  it('folds half-width katakana to full width, both in the data and in the query', () => {
    expect(names('サクラ')).toEqual(['山本 太郎']);
    expect(names('ｻｸﾗ')).toEqual(['山本 太郎']);
    expect(names('デザイン')).toEqual(['山本 太郎']);
  });

  it('folds full-width letters to ASCII, both ways', () => {
    expect(names('acme')).toEqual(['Mika Ito', 'Kenji Sato']);
    expect(names('ＡＣＭＥ')).toEqual(['Mika Ito', 'Kenji Sato']);
    expect(names('rust')).toEqual(['Mika Ito']);
  });

  it('folds accents: "jose" finds "José", and the accented query finds it too', () => {
    expect(names('jose')).toEqual(['José Núñez']);
    expect(names('José')).toEqual(['José Núñez']);
    expect(names('nunez')).toEqual(['José Núñez']);
    expect(names('cafe muller')).toEqual(['José Núñez']);
    expect(names('sao paulo')).toEqual(['José Núñez']);
    expect(names('okologie')).toEqual(['José Núñez']);
    expect(names('diseno')).toEqual(['José Núñez']);
  });

  it('spells letters without a combining mark as a plain keyboard types them', () => {
    expect(names('soren')).toEqual(['Søren Ærø']);
    expect(names('aero')).toEqual(['Søren Ærø']);
    expect(names('strasse')).toEqual(['Søren Ærø']);
  });

  it('never loses the voicing marks of kana', () => {
    expect(foldText('デザイン')).toBe('デザイン');
    expect(foldText('が')).toBe('が');
    expect(names('テザイン')).toEqual([]);
  });

  it('narrows with several words, in any field and any order', () => {
    expect(names('robotics')).toEqual(['Mika Ito', 'Kenji Sato']);
    expect(names('robotics designer')).toEqual(['Kenji Sato']);
    expect(names('designer robotics')).toEqual(['Kenji Sato']);
    expect(names('山田 さくら')).toEqual(['山田 花子']);
    expect(names('山田 横浜')).toEqual([]);
    expect(names('acme 転職')).toEqual(['Kenji Sato']);
  });

  it('separates words written with an ideographic space', () => {
    expect(names('山田　さくら')).toEqual(['山田 花子']);
  });
});
