import { test, expect } from './support/extension';
import { serveLinkedIn } from './support/linkedin';

/**
 * The generic capture is injected on demand with scripting.executeScript and answers through the
 * injection result (WXT builds unlisted scripts so that main()'s return value is the script's value).
 * Host access to LinkedIn lets the worker inject here without a user gesture; on other sites the popup,
 * the shortcut and the context menu get the same access from activeTab.
 */
test('capture-page.js returns the capture and the selection to executeScript', async ({ context, worker }) => {
  await serveLinkedIn(context, [[/^\/in\/aiko-demo-tanaka\/?$/, 'linkedin-demo.html']]);
  await context.route('https://media.licdn.com/**', (route) => route.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/in/aiko-demo-tanaka/?trk=demo');
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('about')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });

  const answer = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/in/*' });
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/capture-page.js'] });
    return frame?.result;
  });

  expect(answer).toMatchObject({
    selection: 'I like small, regular check-ins: a lunch, a coffee, a quick message.',
    capture: {
      source: 'linkedin',
      profileKey: 'linkedin:aiko-demo-tanaka',
      profile: { kind: 'linkedin', url: 'https://www.linkedin.com/in/aiko-demo-tanaka/' },
      fields: { name: 'Aiko Tanaka', company: 'Hoshizora Labs', title: 'Senior Product Manager' },
      origin: { name: 'embedded' },
      needsConfirmation: false,
    },
  });
});
