import { notifyDataChanged } from '../notify-changed';

export type Written<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface WriteOptions {
  /**
   * Settings live in storage.local, and the worker already watches that item: telling it as well would recount
   * the badge twice. Every database write tells it (the default).
   */
  tellWorker?: boolean;
}

/**
 * The one way an extension page writes (docs/ARCHITECTURE.md, "The write path"): run the repository call, tell the
 * worker once so the badge follows, and hand a failure to `report` instead of dropping it.
 */
export async function runWrite<T>(
  run: () => Promise<T>,
  report: (error: unknown) => void,
  options: WriteOptions = {},
): Promise<Written<T>> {
  let value: T;
  try {
    value = await run();
  } catch (error) {
    report(error);
    return { ok: false, error };
  }
  if (options.tellWorker !== false) void notifyDataChanged();
  return { ok: true, value };
}
