import type { CaptureSource, CapturedFieldName, CapturedFields } from '../model/capture';
import { sanitizeFields } from '../model/sanitize';
import type { CaptureResult, Layer } from './types';
import { plain } from './dom';

function stripMarkup(fields: CapturedFields): CapturedFields {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) out[key] = value.map(plain);
    else if (typeof value === 'string') out[key] = plain(value);
  }
  return out as CapturedFields;
}

/** Fields gathered layer by layer: the first layer that gives a field wins, and is remembered. */
export class FieldCollector {
  readonly fields: CapturedFields = {};
  readonly origin: Partial<Record<CapturedFieldName, Layer>> = {};
  readonly unsure = new Set<CapturedFieldName>();

  /** Adds what one layer saw; values are sanitized first so a layer of junk does not hide a good one below. */
  add(layer: Layer, raw: CapturedFields, unsure: readonly CapturedFieldName[] = []): this {
    const clean = sanitizeFields(stripMarkup(raw));
    for (const key of Object.keys(clean) as CapturedFieldName[]) {
      if (this.fields[key] !== undefined) continue;
      (this.fields as Record<string, unknown>)[key] = clean[key];
      this.origin[key] = layer;
      if (unsure.includes(key)) this.unsure.add(key);
    }
    return this;
  }

  markUnsure(key: CapturedFieldName): void {
    if (this.fields[key] !== undefined) this.unsure.add(key);
  }

  isEmpty(): boolean {
    return Object.keys(this.fields).length === 0;
  }
}

/** The final, safe result: sanitized again (idempotent) so nothing unclean leaves the engine. */
export function finish(
  source: CaptureSource,
  profileKey: string | null,
  profile: CaptureResult['profile'],
  collected: FieldCollector,
): CaptureResult {
  const fields = sanitizeFields(collected.fields);
  const origin: CaptureResult['origin'] = {};
  for (const key of Object.keys(fields) as CapturedFieldName[]) {
    const layer = collected.origin[key];
    if (layer) origin[key] = layer;
  }
  const unsure = [...collected.unsure].filter((key) => fields[key] !== undefined);
  return {
    source,
    profileKey,
    profile,
    fields,
    origin,
    unsure,
    needsConfirmation: !fields.name || unsure.length > 0,
  };
}
