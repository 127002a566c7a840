import { notifyDataChanged } from '../../../components/notify-changed';

/** Runs a database write, then tells the worker so the badge follows (DESIGN.md, "Badge"). */
export async function write<T>(run: () => Promise<T>): Promise<T> {
  const result = await run();
  void notifyDataChanged();
  return result;
}
