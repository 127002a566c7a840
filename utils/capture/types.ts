import type { CaptureSource, CapturedFieldName, CapturedFields, CapturePayload } from '../model/capture';
import type { ProfileKind } from '../model/contact';

/** Where on the page a field was read: kept with the result so the UI and tests can tell how sure it is. */
export type Layer =
  | 'embedded'
  | 'json-ld'
  | 'microdata'
  | 'h-card'
  | 'open-graph'
  | 'meta'
  | 'title'
  | 'heading'
  | 'aria-label'
  | 'top-card'
  | 'contact-info'
  | 'page'
  | 'selection';

export interface CaptureResult {
  source: CaptureSource;
  profileKey: string | null;
  profile: { kind: ProfileKind; url: string } | null;
  /** Sanitized plain text (utils/model/sanitize.ts). */
  fields: CapturedFields;
  /** Which layer gave each field. */
  origin: Partial<Record<CapturedFieldName, Layer>>;
  /** Fields read from weak or conflicting signals: the user should check them. */
  unsure: CapturedFieldName[];
  /** True when the name is missing or any field is unsure: nothing is saved without the user's look. */
  needsConfirmation: boolean;
}

export interface CaptureOptions {
  /** The text the user selected, for the fallback source. */
  selection?: string;
}

/** One extractor. Site sources have URL detectors with examples; generic ones read any page. */
export interface SourceModule {
  id: CaptureSource;
  /** Pure URL detector; absent for sources that recognise a person from the markup alone. */
  matchesUrl?: (url: string) => boolean;
  /** URLs that `matchesUrl` must accept and every other source's detector must refuse. */
  exampleUrls?: readonly string[];
  extract: (doc: Document, url: string, options: CaptureOptions) => CaptureResult | null;
}

export type { CapturePayload };
