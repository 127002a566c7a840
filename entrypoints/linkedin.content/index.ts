import { defineContentScript } from 'wxt/utils/define-content-script';
import { ProfileButton } from './controller';
import { loadSay } from './strings';

// Shared by every copy of this script in the page's isolated world; cleared when a copy is invalidated.
const RUNNING = Symbol.for('tsunagari.linkedin-button');

/**
 * Always on LinkedIn: on a profile page (also after in-page navigation), a small Save button. Tiny on purpose
 * (no React, no zod): it reads the page, shows the button, and sends a message; the background writes.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const scope = globalThis as { [RUNNING]?: boolean };
    if (scope[RUNNING] || window.top !== window) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => {
      scope[RUNNING] = false;
    });
    const say = await loadSay();
    if (!say || ctx.isInvalid) return;
    const button = new ProfileButton(ctx, say);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => button.follow(event.newUrl.href));
    // An updated extension leaves this copy orphaned; the context notices only when one of its timers or
    // listeners runs, so a slow heartbeat removes the old button without waiting for the user's next move.
    ctx.setInterval(() => undefined, 2_000);
    button.follow();
  },
});
