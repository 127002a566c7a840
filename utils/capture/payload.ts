import type { CapturePayload } from '../model/capture';
import type { CaptureResult } from './types';

/** What the background's `capture` message and `saveCapture` take: the result without its bookkeeping. */
export function toCapturePayload(result: CaptureResult): CapturePayload {
  return { source: result.source, profileKey: result.profileKey, profile: result.profile, fields: result.fields };
}
