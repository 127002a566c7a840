/**
 * Plural messages in the ICU shape, `{n, plural, one {# person} other {# people}}`, chosen by Intl.PluralRules so
 * each language gets its own categories (English one/other; Japanese has only "other" and writes a counter,
 * 「{n}人」, with no plural block at all). `=0`-style exact matches come first, as in ICU. `#` is the number.
 * A small parser of our own rather than an ICU library: the tables use only this one construct.
 */

const rulesByLang = new Map<string, Intl.PluralRules>();

function rules(lang: string): Intl.PluralRules {
  let r = rulesByLang.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rulesByLang.set(lang, r);
  }
  return r;
}

/** The index of the brace that closes the one opened at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** `one {…} other {…}` → its branches; null when the text is not a well-formed branch list. */
function parseBranches(body: string): Map<string, string> | null {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const head = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!head) return body.slice(i).trim() === '' ? branches : null;
    const open = i + head[0].length - 1;
    const close = closingBrace(body, open);
    if (close < 0) return null;
    branches.set(head[1]!, body.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

function pick(branches: Map<string, string>, value: number, lang: string): string {
  return branches.get(`=${value}`) ?? branches.get(rules(lang).select(value)) ?? branches.get('other') ?? '';
}

/**
 * Replaces every `{name, plural, …}` block whose `name` is a numeric parameter with its branch for that number
 * (`#` → the number). A parameter that is not a finite number (for example the badge's "99+") takes `other`.
 * Simple `{name}` placeholders are left for `format`.
 */
export function selectPlurals(template: string, params: Record<string, string | number>, lang: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const head = /^\{(\w+)\s*,\s*plural\s*,/.exec(template.slice(open));
    const close = head ? closingBrace(template, open) : -1;
    const branches = head && close > 0 ? parseBranches(template.slice(open + head[0].length, close)) : null;
    if (!head || !branches || !(head[1]! in params)) {
      out += template.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    const raw = params[head[1]!]!;
    const value = typeof raw === 'number' ? raw : Number(raw);
    const branch = Number.isFinite(value) ? pick(branches, value, lang) : (branches.get('other') ?? '');
    out += template.slice(i, open) + branch.replace(/#/g, String(raw));
    i = close + 1;
  }
  return out + template.slice(i);
}
