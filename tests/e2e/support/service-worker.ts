import { expect, type BrowserContext, type Worker } from '@playwright/test';

async function withWorkerStatus(
  context: BrowserContext,
  extensionId: string,
  act: (
    send: (method: 'ServiceWorker.stopAllWorkers' | 'ServiceWorker.startWorker') => Promise<unknown>,
    statuses: string[],
  ) => Promise<void>,
): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) statuses.push(version.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
    await act(
      (method) =>
        method === 'ServiceWorker.startWorker'
          ? cdp.send(method, { scopeURL: `chrome-extension://${extensionId}/` })
          : cdp.send(method),
      statuses,
    );
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/** Stops the extension's service worker through CDP, as Chrome does when it idles out. */
export async function stopWorker(context: BrowserContext, extensionId: string): Promise<void> {
  await withWorkerStatus(context, extensionId, async (send, statuses) => {
    await send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1), { message: 'the worker stops' }).toBe('stopped');
  });
}

/**
 * Stops the worker and starts it again, as when the next event arrives for an idled-out worker.
 * Resolves once it runs again; the Playwright handle to the worker then works again too (TOOLCHAIN.md).
 */
export async function restartWorker(context: BrowserContext, extensionId: string): Promise<void> {
  await stopWorker(context, extensionId);
  await withWorkerStatus(context, extensionId, async (send, statuses) => {
    await send('ServiceWorker.startWorker');
    await expect.poll(() => statuses.includes('running'), { message: 'the worker runs again' }).toBe(true);
  });
}

export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

export function badgeTitle(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getTitle({}));
}

/**
 * Waits until the worker has counted the badge once since it started (it sets the tooltip last), so a test
 * that seeds afterwards knows nothing it wrote was counted yet.
 */
export async function waitForFirstCount(worker: Worker): Promise<void> {
  await expect.poll(() => badgeTitle(worker)).toMatch(/^Tsunagari — (all caught up|\d+ (person|people))/);
}
