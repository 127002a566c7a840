import type { Translate } from '../../utils/i18n';
import { classifyDbError, errorDetail } from '../../utils/db/errors';

/**
 * "{what} was not saved: {reason}." — what the user tried to keep, then why, in words they can act on.
 * Writes are single transactions, so nothing of that write was kept.
 */
export function failureText(t: Translate, what: string, error: unknown): string {
  const kind = classifyDbError(error);
  const detail = errorDetail(error);
  const reason =
    kind !== 'unknown'
      ? t(`write.reason.${kind}`)
      : detail
        ? t('write.reason.unknown', { detail })
        : t('write.reason.unknownBare');
  return t('write.failed', { what, reason });
}
