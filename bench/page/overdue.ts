import { db } from '../../utils/db/instance';
import { countOverdue, OVERDUE_CAP } from '../../utils/db/queries';
import { median, timeRuns } from './stats';

export interface Compared {
  figure: number;
  baseline: number;
  samples: { figure: number[]; baseline: number[] };
  detail?: Record<string, unknown>;
}

/**
 * The badge's count through the `dueAt` index against what it would cost without one: every person read,
 * each tested. Both must give the same number, or the comparison means nothing.
 */
export async function overdue(runs = 15): Promise<Compared> {
  const now = Date.now();
  // The fastest way without the index: read every row at once (getAll), then test each.
  const scan = async () => (await db.contacts.toArray()).filter((c) => c.dueAt !== null && c.dueAt <= now).length;
  const [indexed, scanned] = await Promise.all([countOverdue(db, now), scan()]);
  if (indexed !== Math.min(scanned, OVERDUE_CAP))
    throw new Error(`overdue: index says ${indexed}, full scan says ${scanned}`);
  // A warm-up of each, so neither pays for opening the database or a cold cache.
  await countOverdue(db, now);
  await scan();
  const figure = await timeRuns(runs, () => countOverdue(db, now));
  const baseline = await timeRuns(5, scan);
  // For comparison, not shipped: an exact indexed count, which walks every overdue key.
  const exact = await timeRuns(runs, () => db.contacts.where('dueAt').belowOrEqual(now).count());
  return {
    figure: median(figure),
    baseline: median(baseline),
    samples: { figure, baseline },
    detail: { overdue: scanned, exactMs: median(exact), exactSamples: exact },
  };
}
