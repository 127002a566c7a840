import { linkedinKey, linkedinProfileUrl, linkedinSlug } from '../../model/keys';
import { FieldCollector, finish } from '../merge';
import type { CaptureResult } from '../types';
import { readEmbedded } from './embedded';
import { readVisible } from './visible';
import { isContactInfoUrl, readContactInfo } from './overlay';

/** A layer read between the embedded data and the visible page (the public JSON-LD). */
export type MiddleLayer = (doc: Document, url: string, slug: string, into: FieldCollector) => void;

/**
 * LinkedIn profiles, in layers (docs/ARCHITECTURE.md, "Capture pipeline"): the page's embedded data when it is about this URL's
 * person, then `middle` layers, then the visible page, then the contact-info overlay on its URL. Each field
 * keeps the layer it came from. The always-on content script passes no middle layer to stay within its
 * size budget: the JSON-LD is only on logged-out public pages, and the full engine reads it.
 */
export function readLinkedIn(doc: Document, url: string, middle: readonly MiddleLayer[]): CaptureResult | null {
  const slug = linkedinSlug(url);
  const key = linkedinKey(url);
  if (!slug || !key) return null;
  const collected = new FieldCollector();

  // After in-page navigation the embedded data may still describe the previous person: only a matching
  // publicIdentifier is trusted, and the others' names flag a page that has not caught up yet.
  const embedded = readEmbedded(doc, slug);
  collected.add('embedded', embedded.fields);
  for (const layer of middle) layer(doc, url, slug, collected);
  readVisible(doc, url, collected, embedded.otherNames);
  if (isContactInfoUrl(url)) collected.add('contact-info', readContactInfo(doc, url));
  if (collected.isEmpty()) return null;
  return finish('linkedin', key, { kind: 'linkedin', url: linkedinProfileUrl(slug) }, collected);
}
