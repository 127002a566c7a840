import { describe, expect, it } from 'vitest';
import {
  acceptForDirectSave,
  acceptLinkedInCapture,
  acceptLookup,
  noteKeysFor,
} from '../../../utils/messaging/capture-acceptance';
import type { PageCapture } from '../../../utils/model/page-capture';
import { captureFromDocument } from '../../../utils/capture';
import { loadPage } from '../capture/load';

const page = (capture: Partial<NonNullable<PageCapture['capture']>> | null): PageCapture => ({
  selection: '',
  capture: capture && {
    source: 'github',
    profileKey: 'github:hanako-dev',
    profile: { kind: 'github', url: 'https://github.com/hanako-dev' },
    fields: { name: 'Hanako Yamada' },
    unsure: [],
    needsConfirmation: false,
    ...capture,
  },
});

describe('capture acceptance', () => {
  it('saves directly only a named, sure person whose key the address gives', () => {
    const url = 'https://github.com/hanako-dev';
    expect(acceptForDirectSave(page({}), url)?.fields.name).toBe('Hanako Yamada');
    expect(acceptForDirectSave(page({ needsConfirmation: true }), url)).toBeNull();
    expect(acceptForDirectSave(page({ unsure: ['company'] }), url)).toBeNull();
    expect(acceptForDirectSave(page({ fields: {} }), url)).toBeNull();
    expect(acceptForDirectSave(page(null), url)).toBeNull();
    // Markup on another site naming a GitHub account never keys a save to it.
    expect(acceptForDirectSave(page({}), 'https://evil.example/hanako-dev')).toBeNull();
  });

  it('files a note only under keys the tab address gives', () => {
    expect(noteKeysFor(page({}), 'https://evil.example/')).not.toContain('github:hanako-dev');
    expect(noteKeysFor(page({}), 'https://github.com/hanako-dev')).toContain('github:hanako-dev');
  });

  it('takes a LinkedIn capture and lookup only for the profile the sender shows', () => {
    const url = 'https://www.linkedin.com/in/taro-yamada/';
    const payload = {
      source: 'linkedin' as const,
      profileKey: 'linkedin:taro-yamada',
      profile: null,
      fields: { name: 'Taro' },
    };
    const accepted = acceptLinkedInCapture(payload, url);
    expect(accepted.ok && accepted.value.profile).toEqual({
      kind: 'linkedin',
      url: 'https://www.linkedin.com/in/taro-yamada/',
    });
    expect(acceptLinkedInCapture({ ...payload, profileKey: 'linkedin:someone-else' }, url).ok).toBe(false);
    expect(acceptLinkedInCapture(payload, 'https://www.linkedin.com/feed/').ok).toBe(false);
    expect(acceptLookup('linkedin:taro-yamada', url).ok).toBe(true);
    expect(acceptLookup('linkedin:someone-else', url).ok).toBe(false);
  });

  it('never lets another host write to a saved Mastodon account (issue 12 item 6)', () => {
    const url = 'https://evil.example/@sora@mastodon.example';
    const capture = captureFromDocument(loadPage('mastodon-impostor.html'), url);
    expect(capture?.profileKey).toBe('web:evil.example/@sora@mastodon.example');
    const victim = 'mastodon:sora@mastodon.example';
    const read: PageCapture = { selection: '', capture };
    expect(acceptForDirectSave(read, url)?.profileKey ?? null).not.toBe(victim);
    expect(noteKeysFor(read, url)).not.toContain(victim);
    // A page that claims the account itself is refused too: the key comes from the address, not the capture.
    const forged = page({
      source: 'mastodon',
      profileKey: victim,
      profile: { kind: 'mastodon', url: 'https://mastodon.example/@sora' },
    });
    expect(acceptForDirectSave(forged, url)).toBeNull();
    expect(noteKeysFor(forged, url)).not.toContain(victim);
    // On the account's own server both still work.
    const home = 'https://mastodon.example/@sora';
    expect(acceptForDirectSave(forged, home)?.profileKey).toBe(victim);
    expect(noteKeysFor(forged, home)[0]).toBe(victim);
  });
});
