/**
 * DOM reading that a hostile page cannot redirect. Named elements shadow document and form properties
 * (`<img name="querySelectorAll">`, `<input name="getAttribute">` inside a form: "DOM clobbering"), so every
 * call goes through the prototypes, and text is read from text nodes, never from innerHTML.
 */
import { cleanLine } from '../model/text';

type Getter<T> = (this: Node) => T;

interface Native {
  docQueryAll: (this: Document, selector: string) => NodeListOf<Element>;
  elQueryAll: (this: Element, selector: string) => NodeListOf<Element>;
  getAttr: (this: Element, name: string) => string | null;
  closest: (this: Element, selector: string) => Element | null;
  firstChild: Getter<Node | null>;
  nextSibling: Getter<Node | null>;
  parentNode: Getter<Node | null>;
  nodeType: Getter<number>;
  nodeValue: Getter<string | null>;
  localName: (this: Element) => string;
}

let native: Native | null = null;

function getter<T>(proto: object, name: string): Getter<T> {
  return Object.getOwnPropertyDescriptor(proto, name)!.get as Getter<T>;
}

// Resolved on first use: this module is also imported where no DOM exists (the build, the worker).
function n(): Native {
  if (native) return native;
  native = {
    docQueryAll: Document.prototype.querySelectorAll,
    elQueryAll: Element.prototype.querySelectorAll,
    getAttr: Element.prototype.getAttribute,
    closest: Element.prototype.closest,
    firstChild: getter(Node.prototype, 'firstChild'),
    nextSibling: getter(Node.prototype, 'nextSibling'),
    parentNode: getter(Node.prototype, 'parentNode'),
    nodeType: getter(Node.prototype, 'nodeType'),
    nodeValue: getter(Node.prototype, 'nodeValue'),
    localName: getter<string>(Element.prototype, 'localName') as (this: Element) => string,
  };
  return native;
}

export function all(root: Document | Element, selector: string): Element[] {
  const api = n();
  try {
    const list =
      n().nodeType.call(root) === 9
        ? api.docQueryAll.call(root as Document, selector)
        : api.elQueryAll.call(root as Element, selector);
    return Array.from(list);
  } catch {
    return [];
  }
}

export function first(root: Document | Element, selector: string): Element | null {
  return all(root, selector)[0] ?? null;
}

export function attr(el: Element, name: string): string {
  return n().getAttr.call(el, name) ?? '';
}

export function hasAttr(el: Element, name: string): boolean {
  return Element.prototype.hasAttribute.call(el, name);
}

export function tag(el: Element): string {
  return n().localName.call(el);
}

export function closest(el: Element, selector: string): Element | null {
  try {
    return n().closest.call(el, selector);
  } catch {
    return null;
  }
}

export function parentElement(node: Node): Element | null {
  const parent = n().parentNode.call(node);
  return parent && n().nodeType.call(parent) === 1 ? (parent as Element) : null;
}

export function childNodes(node: Node): Node[] {
  const api = n();
  const out: Node[] = [];
  for (let child = api.firstChild.call(node); child; child = api.nextSibling.call(child)) out.push(child);
  return out;
}

export function isElement(node: Node): node is Element {
  return n().nodeType.call(node) === 1;
}

export function isText(node: Node): node is Text {
  return n().nodeType.call(node) === 3;
}

export function nodeText(node: Node): string {
  return n().nodeValue.call(node) ?? '';
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'head']);
const BREAKS = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'dd',
  'dt',
]);

function collect(node: Node, skipAriaHidden: boolean, out: string[], budget: { left: number }): void {
  const api = n();
  for (let child = api.firstChild.call(node); child && budget.left > 0; child = api.nextSibling.call(child)) {
    budget.left -= 1;
    const type = api.nodeType.call(child);
    if (type === 3) {
      out.push(api.nodeValue.call(child) ?? '');
    } else if (type === 1) {
      const el = child as Element;
      const name = tag(el);
      if (SKIP.has(name)) continue;
      if (skipAriaHidden && api.getAttr.call(el, 'aria-hidden') === 'true') continue;
      const block = BREAKS.has(name);
      if (block) out.push(' ');
      collect(el, skipAriaHidden, out, budget);
      if (block) out.push(' ');
    }
  }
}

/**
 * The element's text, counted once: LinkedIn writes most strings twice (an `aria-hidden` span for sight and a
 * visually hidden one for screen readers), so `aria-hidden` subtrees are skipped unless they hold the only text.
 */
export function textOnce(el: Element | null): string {
  if (!el) return '';
  for (const skip of [true, false]) {
    const out: string[] = [];
    collect(el, skip, out, { left: 5_000 });
    const text = out.join('').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return '';
}

/**
 * Values from attributes, JSON and titles are meant as text: markup in them is dropped (script and style with
 * their content), never interpreted. A lone "<" as in "<3" is text and stays.
 */
export function plain(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<[a-zA-Z/!][^>]*(?:>|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function metaContent(doc: Document, key: string): string {
  for (const el of all(doc, 'meta')) {
    if (attr(el, 'property') === key || attr(el, 'name') === key) return plain(attr(el, 'content'));
  }
  return '';
}

/** The `<title>` element's text: `document.title` can be clobbered by a named element. */
export function pageTitle(doc: Document): string {
  return textOnce(first(doc, 'title'));
}

/** An absolute URL for an attribute value, or '' (sanitizing later keeps only http(s), mailto and tel). */
export function absoluteUrl(value: string, base: string): string {
  if (!value) return '';
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return '';
  }
}

/** Same text, ignoring case, width, spacing and invisible characters. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => cleanLine(s.normalize('NFKC'), 10_000).toLocaleLowerCase();
  return norm(a) === norm(b);
}
