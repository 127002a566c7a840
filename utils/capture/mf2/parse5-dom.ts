/**
 * The two functions of `parse5` that microformats-parser calls, over the DOM the browser already built. parse5 is
 * an HTML parser of 43 KB gzipped, more than the injected capture's whole budget, and the page is parsed already;
 * the build points `parse5` here (wxt.config.ts, vitest.config.ts), so the capture and its tests run the same code.
 * Reading goes through utils/capture/dom.ts (clobber-safe); the tree is plain data the parser may mutate.
 */
import { absoluteUrl, attr, childNodes, isElement, isText, nodeText, tag } from '../dom';

interface TextNode {
  nodeName: '#text';
  value: string;
  parentNode: ParentNode | null;
}
interface ElementNode {
  nodeName: string;
  tagName: string;
  attrs: { name: string; value: string }[];
  childNodes: TreeNode[];
  parentNode: ParentNode | null;
  /** The element this node was read from, for `serialize`. */
  source: Element;
}
interface DocumentNode {
  nodeName: '#document';
  childNodes: TreeNode[];
}
type ParentNode = ElementNode | DocumentNode;
type TreeNode = ElementNode | TextNode;

/** What `parse` receives instead of HTML while `parseDom` runs: the live document is read, not re-parsed. */
const LIVE = '<!-- tsunagari: live document -->';
let live: { doc: Document; url: string } | null = null;

// A hostile page may hold millions of nodes; a person's card is never that deep into a page.
const MAX_NODES = 200_000;

const getAttributeNames = (el: Element): string[] => Element.prototype.getAttributeNames.call(el);

function convert(node: Node, parent: ParentNode, url: string, budget: { left: number }): TreeNode[] {
  const out: TreeNode[] = [];
  for (const child of childNodes(node)) {
    if (--budget.left < 0) break;
    if (isElement(child)) {
      const name = tag(child);
      const attrs = getAttributeNames(child).map((attrName) => ({ name: attrName, value: attr(child, attrName) }));
      // The parser takes `<base href>` as it stands; a relative one is resolved here, against the page's address.
      if (name === 'base') for (const a of attrs) if (a.name === 'href') a.value = absoluteUrl(a.value, url) || url;
      const element: ElementNode = {
        nodeName: name,
        tagName: name,
        attrs,
        childNodes: [],
        parentNode: parent,
        source: child,
      };
      element.childNodes = name === 'template' ? [] : convert(child, element, url, budget);
      out.push(element);
    } else if (isText(child)) {
      out.push({ nodeName: '#text', value: nodeText(child), parentNode: parent });
    }
  }
  return out;
}

function toTree(doc: Document, url: string): DocumentNode {
  const root: DocumentNode = { nodeName: '#document', childNodes: [] };
  root.childNodes = convert(doc, root, url, { left: MAX_NODES });
  return root;
}

export function parse(html: string): DocumentNode {
  if (html === LIVE && live) return toTree(live.doc, live.url);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return toTree(doc, doc.URL);
}

/** parse5 serializes an element's content (its inner HTML); the parser keeps it beside e-* values, which we read as text. */
export function serialize(node: ElementNode | DocumentNode): string {
  if (!('source' in node)) return '';
  return (Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')?.get?.call(node.source) as string) ?? '';
}

/** Runs `read` (a microformats-parser call) with `parse` reading `doc` itself instead of the HTML given. */
export function withLiveDocument<T>(doc: Document, url: string, read: (html: string) => T): T {
  live = { doc, url };
  try {
    return read(LIVE);
  } finally {
    live = null;
  }
}
