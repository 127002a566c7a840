import { SyncError } from './errors';

/** Where the address book is and how to log in. The password never leaves this object but in the header. */
export interface Connection {
  serverUrl: string;
  username: string;
  password: string;
  /** Each request is abandoned after this long: a server that never answers is an error, not a hang. */
  timeoutMs?: number;
  /** Tests and the background pass their own; defaults to the global fetch. */
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

function basic(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return `Basic ${btoa(s)}`;
}

/**
 * The one fetch every DAV request goes through (tsdav takes it as its `fetch`): adds Basic auth and a timeout,
 * and turns a refused login, a server failure and no answer into SyncErrors. Other statuses (404, 412, 207) are
 * the caller's to read.
 */
export function connectionFetch(conn: Connection): typeof fetch {
  const base = conn.fetch ?? globalThis.fetch.bind(globalThis);
  const auth = basic(conn.username, conn.password);
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', auth);
    const timeout = AbortSignal.timeout(conn.timeoutMs ?? 30_000);
    const signal = conn.signal ? AbortSignal.any([conn.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await base(input, {
        ...init,
        headers,
        signal,
        credentials: 'omit',
        redirect: init.redirect ?? 'follow',
      });
    } catch (error) {
      if (timeout.aborted) throw new SyncError('timeout', 'The server did not answer in time.');
      if (conn.signal?.aborted) throw error;
      throw new SyncError(
        'network',
        `Could not reach the server (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    if (response.status === 401)
      throw new SyncError('auth', 'The server refused the user name or app password (401).', 401);
    if (response.status >= 500)
      throw new SyncError('server', `The server failed (${response.status}).`, response.status);
    return response;
  };
}
