// Timing the extension's own pages from navigation to their first meaningful content, and their JS heap.

/**
 * Installed before the page's scripts run: when `selector` first matches, the next animation frame (the
 * paint that shows it) records performance.now(), which counts from the navigation's start.
 */
function readyProbe(selector) {
  const check = () => {
    if (window.__benchReadyAt !== undefined || window.__benchSeen || !document.querySelector(selector)) return;
    window.__benchSeen = true;
    requestAnimationFrame(() => {
      window.__benchReadyAt = performance.now();
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

export async function jsHeapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (!heap) throw new Error('no JSHeapUsedSize metric');
  return heap.value;
}

async function loadOnce(context, url, selector, withHeap) {
  const page = await context.newPage();
  await page.addInitScript(readyProbe, selector);
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.__benchReadyAt, null, { timeout: 180_000 });
  const time = await handle.jsonValue();
  const heap = withHeap ? await jsHeapUsed(page) : 0;
  await page.close();
  return { time, heap };
}

/**
 * Opens `file` (popup.html, dashboard.html) `runs` times in each of several browsers (the same extension
 * with different data), taking turns, so that load on a shared machine falls on every side alike. Returns,
 * for each side, the time to first meaningful content of every load and the JS heap after the last one.
 */
export async function timePageSides(sides, file, runs) {
  const out = sides.map(() => ({ times: [], heap: 0 }));
  for (let run = 0; run < runs; run += 1) {
    for (const [i, side] of sides.entries()) {
      const { time, heap } = await loadOnce(
        side.context,
        `chrome-extension://${side.extensionId}/${file}`,
        side.selector,
        run === runs - 1,
      );
      out[i].times.push(time);
      if (run === runs - 1) out[i].heap = heap;
    }
  }
  return out;
}
