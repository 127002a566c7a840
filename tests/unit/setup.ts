import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// fakeBrowser keeps state between tests unless reset (TOOLCHAIN.md).
beforeEach(() => {
  fakeBrowser.reset();
});
