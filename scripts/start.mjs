// `npm start`: opens Chromium with the built extension on a bundled demo LinkedIn profile of an invented person.
// The profile is served from tests/fixtures/pages through Playwright's routing, so nothing reaches the internet.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const extension = path.resolve('.output/chrome-mv3');
const demoUrl = 'https://www.linkedin.com/in/aiko-demo-tanaka/';
const demoPage = readFileSync(path.resolve('tests/fixtures/pages/linkedin-demo.html'), 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without a display (a server, a container) Chromium cannot open a window; run headless and say so.
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const context = await chromium.launchPersistentContext('', {
  executablePath,
  headless,
  viewport: null,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
await context.route(/^https:\/\/[a-z]+\.linkedin\.com\/in\//, (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: demoPage }),
);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);
console.log(`Tsunagari is loaded. Demo profile: ${demoUrl}`);
if (headless) {
  await page.waitForTimeout(1500);
  const shot = path.resolve('.output/start-demo.png');
  await page.screenshot({ path: shot });
  console.log(`No display found, so Chromium runs headless; a screenshot of the demo page is at ${shot}.`);
  await context.close();
} else {
  console.log('Click "Save to Tsunagari" on the page, then the toolbar icon. Close the browser window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
}
