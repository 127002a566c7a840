/**
 * A display name split into family and given name, for the places that need the parts: the vCard `N`, the CSV's
 * First Name / Last Name columns and the avatar's initials. Tsunagari stores one name as the person wrote it.
 *
 * - Names in Han, hiragana or katakana are written family name first (田中 陽子); without a space (田中陽子) the
 *   boundary is unknown, so the whole name is the family name rather than a guess that cuts a surname in half.
 * - "Tanaka, Yoko" is family name first by its comma.
 * - Otherwise the last word is the family name (Yoko Tanaka); a single word is a given name.
 */
export interface NameParts {
  family: string;
  given: string;
  /** True when the name is written in a CJK script, family name first. */
  cjk: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function nameParts(name: string): NameParts {
  const tidy = name
    .normalize('NFC')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  if (!tidy) return { family: '', given: '', cjk: false };
  if (CJK.test(tidy)) {
    const [family = '', ...rest] = tidy.split(/[ ・]/);
    return { family, given: rest.join(' '), cjk: true };
  }
  const comma = /^([^,]+),\s*(.+)$/.exec(tidy);
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim(), cjk: false };
  const words = tidy.split(' ');
  if (words.length === 1) return { family: '', given: tidy, cjk: false };
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' '), cjk: false };
}

/**
 * What an avatar shows without a photo: for a CJK name the family name's first character (田中陽子 → 田,
 * 山田 さくら → 山; two characters from two names read as a word that is not there), otherwise the first letters
 * of the given and family names (Yoko Tanaka → YT).
 */
export function initialsOf(name: string): string {
  const parts = nameParts(name);
  const first = (s: string) => Array.from(s)[0] ?? '';
  if (parts.cjk) return first(parts.family) || '?';
  const letters = first(parts.given) + first(parts.family);
  return letters ? letters.toLocaleUpperCase() : '?';
}
