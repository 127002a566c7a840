/**
 * Turns a storage failure into words a user can act on. Writes are single transactions, so when
 * one of these reaches the user nothing of that write was kept.
 */
export type DbErrorKind = 'quota' | 'newer' | 'blocked' | 'closed' | 'invalid' | 'unknown';

function nameOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: unknown }).inner;
    const name = (error as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || inner === undefined) return typeof name === 'string' ? name : '';
    // Dexie wraps the DOMException (AbortError with `inner` QuotaExceededError).
    return nameOf(inner) || (typeof name === 'string' ? name : '');
  }
  return '';
}

export function classifyDbError(error: unknown): DbErrorKind {
  const name = nameOf(error);
  if (name === 'QuotaExceededError' || /quota/i.test(String((error as Error | undefined)?.message ?? '')))
    return 'quota';
  // A VersionError on open means a newer Tsunagari wrote the database (utils/db/newer-guard.ts keeps it so).
  if (name === 'VersionError') return 'newer';
  if (name === 'BlockedError') return 'blocked';
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return 'closed';
  if (name === 'ConstraintError' || name === 'DataError') return 'invalid';
  return 'unknown';
}

/** The detail worth showing for an unexpected error (known kinds speak for themselves). */
export function errorDetail(error: unknown): string {
  return classifyDbError(error) === 'unknown' && error instanceof Error ? error.message : '';
}
