import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../utils/db/instance';
import { refreshBadge } from './badge';
import { registerKeepInTouch } from './keep-in-touch';
import { openWelcomeOnInstall } from './welcome';
import { registerCaptureCommands } from './capture-commands';
import { extensionIdentity, routeMessage } from './router';
import { registerSync, syncSoon } from './sync';

export default defineBackground(() => {
  const onWrite = () => {
    // A page wrote: sync shortly after, once for a burst of writes (does nothing when sync is off).
    void syncSoon();
    return refreshBadge(db);
  };

  // Every listener is registered synchronously so a restarted worker still receives the event that woke it.
  browser.runtime.onMessage.addListener((raw, sender) =>
    routeMessage(raw, sender, { db, self: extensionIdentity(), onWrite }),
  );
  browser.runtime.onInstalled.addListener(() => void onWrite());
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details.reason));
  browser.runtime.onStartup.addListener(() => void onWrite());
  void registerKeepInTouch({ db, onWrite });
  registerCaptureCommands({ db, onWrite });
  registerSync(db);
});
