// Service worker cold start: stop it through CDP, wake it with the message a page sends after a write,
// and time until it has counted and set the badge.

async function waitFor(predicate, timeoutMs, what) {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function workerControl(benchPage, extensionId) {
  const cdp = await benchPage.context().newCDPSession(benchPage);
  const status = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions)
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const allStopped = () => status.size > 0 && [...status.values()].every((s) => s === 'stopped');
  return {
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(allStopped, 10_000, 'the worker to stop');
    },
  };
}

/** `runs` cold starts and `runs` warm round trips, alternating, each until the badge shows the count. */
export async function coldStart(call, control, runs, expectedText) {
  const cold = [];
  const warm = [];
  for (let run = 0; run < runs; run += 1) {
    await call('setBadgeSentinel');
    await control.stop();
    const c = await call('wakeUntilBadge');
    if (c.text !== expectedText) throw new Error(`cold start set badge "${c.text}", expected "${expectedText}"`);
    cold.push(c.ms);
    // Let the woken worker finish its start-up work (alarms, digest check) before the warm round trip.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await call('setBadgeSentinel');
    const w = await call('wakeUntilBadge');
    if (w.text !== expectedText) throw new Error(`warm worker set badge "${w.text}", expected "${expectedText}"`);
    warm.push(w.ms);
  }
  await call('resetTheme');
  return { cold, warm };
}
