import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../utils/messaging/guard';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const lookup = { type: 'lookup', profileKey: 'linkedin:daichi-demo-ishikawa' };

describe('the URL a content script’s message is judged by', () => {
  it('follows in-page navigation: the tab’s URL, not the address the document loaded with', () => {
    // Chromium keeps `sender.url` at the first profile after LinkedIn's history.pushState to the second.
    const checked = checkMessage(
      lookup,
      {
        id: self.id,
        frameId: 0,
        url: 'https://www.linkedin.com/in/aiko-demo-tanaka/',
        tab: { id: 4, url: 'https://www.linkedin.com/in/daichi-demo-ishikawa/' },
      },
      self,
    );
    expect(checked.ok && checked.from === 'content' && checked.url).toBe(
      'https://www.linkedin.com/in/daichi-demo-ishikawa/',
    );
  });

  it('still refuses when the tab has moved to a site that may not capture', () => {
    const checked = checkMessage(
      lookup,
      {
        id: self.id,
        frameId: 0,
        url: 'https://www.linkedin.com/in/aiko-demo-tanaka/',
        tab: { id: 4, url: 'https://evil.example/in/daichi-demo-ishikawa/' },
      },
      self,
    );
    expect(checked.ok).toBe(false);
  });
});
