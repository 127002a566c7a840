/**
 * What can go wrong talking to the address book, in words a user can act on (Settings → Sync shows `kind`
 * through the i18n tables). Only `server`, `network` and `timeout` are worth retrying.
 */
export type SyncErrorKind =
  'auth' | 'forbidden' | 'not-found' | 'server' | 'network' | 'timeout' | 'conflict-loop' | 'passphrase' | 'protocol';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export function isRetryable(error: unknown): boolean {
  return (
    error instanceof SyncError && (error.kind === 'server' || error.kind === 'network' || error.kind === 'timeout')
  );
}

export function errorOfStatus(status: number, what: string): SyncError {
  if (status === 401)
    return new SyncError('auth', `The server refused the user name or app password (401) for ${what}.`, status);
  if (status === 403) return new SyncError('forbidden', `The server does not allow ${what} (403).`, status);
  if (status === 404) return new SyncError('not-found', `The server has no ${what} (404).`, status);
  if (status >= 500) return new SyncError('server', `The server failed on ${what} (${status}).`, status);
  return new SyncError('protocol', `Unexpected answer ${status} to ${what}.`, status);
}
