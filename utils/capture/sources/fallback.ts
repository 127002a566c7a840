import { webKey } from '../../model/keys';
import { pageTitle } from '../dom';
import { FieldCollector, finish } from '../merge';
import type { SourceModule } from '../types';

/** "Aiko Tanaka | Hoshizora Labs", "Aiko Tanaka – Blog": the part before the site's name. */
function titleHead(title: string): string {
  return title.split(/\s+[|–—·-]\s+|\s*[|｜]\s*/)[0]?.trim() ?? '';
}

/** A selection short and single-line enough to be a name; anything longer is kept as context. */
function looksLikeName(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !/[\n\r]/.test(text) && text.split(/\s+/).length <= 6;
}

/** Last resort: the selection or the page title, always shown to the user to edit before saving. */
export const fallback: SourceModule = {
  id: 'fallback',
  extract(doc, url, options) {
    const selection = (options.selection ?? '').trim();
    const collected = new FieldCollector();
    if (looksLikeName(selection)) collected.add('selection', { name: selection }, ['name']);
    else if (selection) collected.add('selection', { about: selection });
    collected.add('title', { name: titleHead(pageTitle(doc)) }, ['name']);
    if (collected.isEmpty()) return null;
    const key = webKey(url);
    return finish('fallback', key, key ? { kind: 'web', url } : null, collected);
  },
};
