import type { captureButton } from '../../utils/i18n/messages/capture';
import { sendToWorker } from '../../utils/messaging/send';

/**
 * The button's words, asked of the worker in the user's language (it reads the settings). The tables stay out of
 * this script: it runs on every LinkedIn page and has an 8 KB budget (docs/ARCHITECTURE.md, "Capture pipeline").
 */
export type CaptureKey = keyof (typeof captureButton)['en'];
export type Say = (key: CaptureKey, params?: Record<string, string>) => string;

/** Null when the worker does not answer (the extension is updating or gone): then there is no button to show. */
export async function loadSay(): Promise<Say | null> {
  let words: Record<string, string>;
  try {
    const reply = await sendToWorker({ type: 'button-words' });
    if (!reply?.ok) return null;
    words = reply.words;
  } catch {
    return null;
  }
  return (key, params) => (words[key] ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => params?.[name] ?? whole);
}
