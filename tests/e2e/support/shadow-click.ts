import type { CDPSession, Page } from '@playwright/test';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  ignored?: boolean;
  role?: AXValue;
  name?: AXValue;
  backendDOMNodeId?: number;
}

async function findButton(session: CDPSession, name: RegExp): Promise<number | null> {
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const hit = nodes.find(
    (node) =>
      !node.ignored &&
      node.role?.value === 'button' &&
      typeof node.name?.value === 'string' &&
      name.test(node.name.value),
  );
  return hit?.backendDOMNodeId ?? null;
}

/**
 * Finds a button by accessible name through the accessibility tree (which sees into closed shadow roots,
 * where Playwright's locators cannot reach) and, unless `click: false`, clicks its centre with the mouse:
 * a trusted click, as a user's. Waits until the button appears; throws after `timeout` ms.
 */
export async function clickShadowButton(
  page: Page,
  name: RegExp,
  options: { click?: boolean; timeout?: number } = {},
): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('Accessibility.enable');
    const deadline = Date.now() + (options.timeout ?? 10_000);
    for (;;) {
      // The tree is re-read each time: the page's DOM and the button's state change under us.
      await session.send('DOM.getDocument', { depth: -1, pierce: true });
      const backendNodeId = await findButton(session, name);
      if (backendNodeId !== null) {
        if (options.click === false) return;
        const { model } = (await session.send('DOM.getBoxModel', { backendNodeId })) as {
          model: { content: number[] };
        };
        const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
        return;
      }
      if (Date.now() > deadline) throw new Error(`No button named ${name} in the accessibility tree.`);
      await page.waitForTimeout(150);
    }
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The accessible names of every button on the page, closed shadow roots included (for assertions). */
export async function buttonNames(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Accessibility.enable');
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((n) => !n.ignored && n.role?.value === 'button' && typeof n.name?.value === 'string')
      .map((n) => String(n.name?.value));
  } finally {
    await session.detach().catch(() => undefined);
  }
}
