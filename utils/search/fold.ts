/**
 * How text is folded before it is searched, the same way for what is stored and for what is typed:
 * - NFKC: full-width letters and digits ("ＡＣＭＥ", common in Japanese input) become ASCII, and half-width
 *   katakana ("ｻｸﾗ") becomes the full-width form ("サクラ") people usually store.
 * - lower case.
 * - Latin accents removed ("José" is found by "jose"): only the combining marks of U+0300–U+036F are dropped,
 *   so the voicing marks of kana (U+3099, U+309A: "が" is "か" + mark) are recomposed, never lost.
 * - a few Latin letters that carry no combining mark ("ø", "ß", "æ") spelled as people type them on a plain
 *   keyboard.
 */
const LATIN_MARKS = /[\u0300-\u036f]/g;
const NO_MARK_LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const NO_MARK_PATTERN = /[øłđħıßæœþ]/g;
// Plain ASCII needs none of the steps after lower-casing: most names and companies are, so skip the work.
const ASCII = /^[\x00-\x7f]*$/;

export function foldText(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC')
    .replace(NO_MARK_PATTERN, (ch) => NO_MARK_LETTERS[ch] ?? ch);
}
