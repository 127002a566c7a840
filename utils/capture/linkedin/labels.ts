/**
 * LinkedIn's UI strings the extractor relies on, per language, kept as data: when LinkedIn rewords a label,
 * only this table changes. Patterns capture the value in group 1.
 */
export const LINKEDIN_LABELS = {
  /** aria-label of the top card's company button. */
  currentCompany: [
    /^Current company:\s*(.+?)\.\s*Click to skip to experience card/i,
    /^現在の会社[:：]\s*(.+?)[。.]\s*クリックして職歴カードに移動/,
  ],
  /** Section headers in the contact-info overlay. */
  email: [/^(e-?mail|メール(アドレス)?)$/i],
  phone: [/^(phone|電話(番号)?)$/i],
  websites: [/^(websites?|(ウェブ|web)サイト)$/i],
  birthday: [/^(birthday|誕生日)$/i],
  /** Top-card texts that sit between the name and the headline and are not the headline. */
  notHeadline: [
    /^\(?(she|he|they|ze)\/(her|him|them|hers|his|theirs|zir)\)?$/i,
    /^·?\s*(1st|2nd|3rd\+?)(\s+degree connection)?$/i,
    /^·?\s*[123]次(のつながり)?$/,
    /^(verified|認証済み)$/i,
  ],
} as const;

export type LabelPatterns = readonly RegExp[];

export function matchLabel(patterns: LabelPatterns, text: string): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text.trim());
    if (match) return (match[1] ?? match[0]).trim();
  }
  return null;
}
