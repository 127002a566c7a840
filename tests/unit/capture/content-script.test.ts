// @vitest-environment-options {"url": "https://www.linkedin.com/in/aiko-demo-tanaka/"}
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ProfileButton } from '../../../entrypoints/linkedin.content/controller';
import { loadSay, type Say } from '../../../entrypoints/linkedin.content/strings';
import { captureButton } from '../../../utils/i18n/messages/capture';
import { PAGES_DIR } from './load';

const demo = readFileSync(path.join(PAGES_DIR, 'linkedin-demo.html'), 'utf8');

/** Elements the script added to the page: children of <html> other than head and body. */
function hosts(): Element[] {
  return Array.from(document.documentElement.children).filter((el) => !['HEAD', 'BODY'].includes(el.tagName));
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

beforeEach(() => {
  const doc = new DOMParser().parseFromString(demo, 'text/html');
  document.documentElement.replaceChildren(document.adoptNode(doc.head), document.adoptNode(doc.body));
  // The worker's side: the button's words (in English here), and "not saved" for every look-up. (The fake
  // browser's sendMessage does not carry a listener's answer back, so the sender is stood in for.)
  const answer = (message: { type: string }) =>
    Promise.resolve(
      message.type === 'button-words' ? { ok: true, words: captureButton.en } : { ok: true, saved: false },
    );
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    answer as unknown as typeof fakeBrowser.runtime.sendMessage,
  );
});

async function say(): Promise<Say> {
  const loaded = await loadSay();
  if (!loaded) throw new Error('The worker gave no words.');
  return loaded;
}

describe('the LinkedIn button’s lifetime', () => {
  it('shows one host with a closed shadow root on a profile, and removes it when the extension updates', async () => {
    const ctx = new ContentScriptContext('linkedin');
    const button = new ProfileButton(ctx, await say());
    button.follow();
    await until(() => hosts().length === 1);
    const [host] = hosts();
    expect(host?.tagName).toMatch(/^X-[0-9A-F]{12}$/);
    // Closed: the page gets no handle on the button.
    expect(host?.shadowRoot).toBeNull();

    ctx.notifyInvalidated();
    expect(hosts()).toEqual([]);
    // Later navigation events and timers of the old script do nothing and do not throw.
    expect(() => button.follow()).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hosts()).toEqual([]);
  });

  it('uses a new, unpredictable host name each time', async () => {
    const names = new Set<string>();
    for (let i = 0; i < 3; i += 1) {
      const ctx = new ContentScriptContext('linkedin');
      new ProfileButton(ctx, await say()).follow();
      await until(() => hosts().length === 1);
      names.add(hosts()[0]!.tagName);
      ctx.notifyInvalidated();
    }
    expect(names.size).toBe(3);
  });

  it('speaks the words the worker gives, and shows no button when the worker does not answer', async () => {
    expect((await say())('capture.error', { message: 'disk full' })).toBe('Could not save: disk full');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    expect(await loadSay()).toBeNull();
  });
});
