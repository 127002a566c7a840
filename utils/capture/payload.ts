import type { CapturePayload } from '../model/capture';
import type { CaptureResult } from './types';

/**
 * What the background's `capture` message and `saveCapture` take: the result without its bookkeeping, with the
 * fields the user checked in a preview when there are any. Type-only imports: the content script uses this.
 */
export function toCapturePayload(
  result: Pick<CaptureResult, 'source' | 'profileKey' | 'profile' | 'fields'>,
  fields: CapturePayload['fields'] = result.fields,
): CapturePayload {
  return { source: result.source, profileKey: result.profileKey, profile: result.profile, fields };
}
