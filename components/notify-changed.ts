import { sendToWorker } from '../utils/messaging/send';

/** Extension pages write the database themselves; this tells the worker so the badge follows. */
export async function notifyDataChanged(): Promise<void> {
  try {
    await sendToWorker({ type: 'data-changed' });
  } catch {
    // The worker may be restarting; it recomputes the badge on its next start or alarm anyway.
  }
}
