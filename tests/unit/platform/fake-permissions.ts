import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Change = { origins?: string[] };
type Listener = (change: Change) => void;

/**
 * fakeBrowser leaves `permissions` unimplemented; this gives it a small in-memory store of granted origins,
 * with onAdded/onRemoved, and a switch for what the user answers to the prompt.
 * Call `vi.restoreAllMocks()` after each test.
 */
export function installFakePermissions(initial: string[] = []) {
  const granted = new Set(initial);
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const state = { answer: true as boolean | Error };
  const p = fakeBrowser.permissions;

  vi.spyOn(p, 'contains').mockImplementation(async (query: Change) =>
    (query.origins ?? []).every((origin) => granted.has(origin)),
  );
  const request = vi.spyOn(p, 'request').mockImplementation(async (query: Change) => {
    if (state.answer instanceof Error) throw state.answer;
    if (!state.answer) return false;
    for (const origin of query.origins ?? []) granted.add(origin);
    for (const listener of added) listener(query);
    return true;
  });
  vi.spyOn(p.onAdded, 'addListener').mockImplementation((l: Listener) => void added.add(l));
  vi.spyOn(p.onAdded, 'removeListener').mockImplementation((l: Listener) => void added.delete(l));
  vi.spyOn(p.onRemoved, 'addListener').mockImplementation((l: Listener) => void removed.add(l));
  vi.spyOn(p.onRemoved, 'removeListener').mockImplementation((l: Listener) => void removed.delete(l));

  return {
    request,
    /** What the user does at the prompt: accept, decline, or the browser throws (no user gesture). */
    answer(next: boolean | Error) {
      state.answer = next;
    },
    /** The user revokes an origin elsewhere (about:addons). */
    revoke(origin: string) {
      granted.delete(origin);
      for (const listener of removed) listener({ origins: [origin] });
    },
    grantElsewhere(origin: string) {
      granted.add(origin);
      for (const listener of added) listener({ origins: [origin] });
    },
    listenerCount: () => added.size + removed.size,
  };
}
