// `npm start`: opens Chromium with the built extension on a bundled demo LinkedIn profile of an invented person.
// The profile and its photo are served from files in this repository through Playwright's routing, so the demo
// needs neither a LinkedIn account nor the internet.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [nodeMajor] = process.versions.node.split('.').map(Number);
if (nodeMajor < 20) {
  console.error(`Tsunagari needs Node 20 or newer (this is Node ${process.versions.node}).`);
  process.exit(1);
}

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  // Playwright's own error is a long stack trace about a missing executable; say what to do instead.
  console.error(
    [
      `Chromium was not found at ${executablePath}.`,
      'Install it (Debian/Ubuntu: sudo apt-get install chromium), or point CHROMIUM_PATH at a Chromium or Chrome',
      'binary, for example Playwright\'s own: CHROMIUM_PATH="$(node -e "console.log(require(\'playwright-core\').chromium.executablePath())")" npm start',
    ].join('\n'),
  );
  process.exit(1);
}

const extension = path.resolve('.output/chrome-mv3');
if (!existsSync(path.join(extension, 'manifest.json'))) {
  console.error(
    `The built extension is missing at ${extension}: run \`npm start\` (it builds first) or \`npx wxt build\`.`,
  );
  process.exit(1);
}

const { chromium } = await import('@playwright/test');
const demoUrl = 'https://www.linkedin.com/in/aiko-demo-tanaka/';
const demoPage = readFileSync(path.resolve('tests/fixtures/pages/linkedin-demo.html'), 'utf8');
const demoPhoto = readFileSync(path.resolve('scripts/demo-photo.svg'));
// Without a display (a server, a container, CI) Chromium cannot open a window: run headless and say so.
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

// An empty user-data directory: Playwright makes a fresh temporary profile and deletes it on close, so what you
// save in the demo is gone when the window closes and your own browser profile is never touched.
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
// The demo page's photos point at LinkedIn's image host under a /demo/ path that does not exist there.
await context.route(/^https:\/\/media\.licdn\.com\/dms\/image\/v2\/demo\//, (route) =>
  route.fulfill({ status: 200, contentType: 'image/svg+xml', body: demoPhoto }),
);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);
console.log(`Tsunagari is loaded. Demo profile: ${demoUrl}`);
console.log('The browser profile is temporary: everything saved in it is deleted when the browser closes.');
if (headless) {
  await page.waitForFunction(() => {
    const photo = document.getElementById('photo');
    return photo instanceof HTMLImageElement && photo.complete;
  });
  const photoWidth = await page.evaluate(
    () => /** @type {HTMLImageElement} */ (document.getElementById('photo')).naturalWidth,
  );
  if (photoWidth === 0) {
    console.error('The demo photo did not load.');
    process.exitCode = 1;
  } else console.log(`The demo photo loaded (${photoWidth} px wide).`);
  const shot = path.resolve('.output/start-demo.png');
  await page.screenshot({ path: shot });
  console.log(
    `No display found (DISPLAY and WAYLAND_DISPLAY are unset), so Chromium ran headless instead of opening a`,
  );
  console.log(`window: a screenshot of the demo page is at ${shot}, and the browser has closed.`);
  await context.close();
} else {
  console.log('Click "Save to Tsunagari" on the page, then the toolbar icon. Close the browser window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
}
