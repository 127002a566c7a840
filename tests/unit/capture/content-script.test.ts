// @vitest-environment-options {"url": "https://www.linkedin.com/in/aiko-demo-tanaka/"}
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ProfileButton } from '../../../entrypoints/linkedin.content/controller';
import { loadSay } from '../../../entrypoints/linkedin.content/strings';
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
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, saved: false }));
});

describe('the LinkedIn button’s lifetime', () => {
  it('shows one host with a closed shadow root on a profile, and removes it when the extension updates', async () => {
    const ctx = new ContentScriptContext('linkedin');
    const button = new ProfileButton(ctx, await loadSay());
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
      new ProfileButton(ctx, await loadSay()).follow();
      await until(() => hosts().length === 1);
      names.add(hosts()[0]!.tagName);
      ctx.notifyInvalidated();
    }
    expect(names.size).toBe(3);
  });

  it('follows the language setting', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'ja' } });
    const say = await loadSay();
    expect(say('capture.button.save')).toBe('つながりに保存');
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    expect((await loadSay())('capture.button.save')).toBe('Save to Tsunagari');
  });
});
