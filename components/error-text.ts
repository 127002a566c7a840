import type { Translate } from '../utils/i18n';
import { classifyDbError, errorDetail } from '../utils/db/errors';

/** What went wrong, in the UI language, with the technical detail only when it helps. */
export function errorText(t: Translate, error: unknown): string {
  const detail = errorDetail(error);
  return t(`dberror.${classifyDbError(error)}`) + (detail ? ` (${detail})` : '');
}
