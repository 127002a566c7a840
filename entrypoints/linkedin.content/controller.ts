import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readLinkedIn } from '../../utils/capture/linkedin/profile';
import { linkedinKey } from '../../utils/model/keys';
import { toCapturePayload } from '../../utils/capture/payload';
import { sameText } from '../../utils/capture/dom';
import type { CaptureResult } from '../../utils/capture/types';
import type { CapturePayload } from '../../utils/model/capture';
import type { Message, ReplyFor } from '../../utils/messaging/protocol';
import { sendToWorker } from '../../utils/messaging/send';
import { isGenuineClick, watchVisibility } from './guard';
import type { Say } from './strings';
import { CaptureView } from './view';

/**
 * LinkedIn renders a profile after the URL changes (and keeps the previous person's data around): wait for the
 * page to show someone other than the person before, and only then offer the button.
 */
const SETTLE_DELAYS = [0, 250, 750, 1500, 3000];

export class ProfileButton {
  private readonly view: CaptureView;
  private shown: CaptureResult | null = null;
  private previousName = '';
  private generation = 0;
  private busy = false;
  private readonly visible: () => boolean;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly say: Say,
  ) {
    this.view = new CaptureView(say, (event) => void this.press(event));
    ctx.onInvalidated(() => this.view.unmount());
    this.visible = watchVisibility(this.view.button, (stop) => ctx.onInvalidated(stop));
  }

  /**
   * Reads the profile at `url`, retrying while the page still shows the previous person. The URL comes from
   * the navigation event: while it is dispatched, `location` may still hold the old address.
   */
  follow(url: string = location.href): void {
    const generation = ++this.generation;
    const key = linkedinKey(url);
    if (this.shown?.profileKey !== key) {
      this.view.unmount();
      if (this.shown?.fields.name) this.previousName = this.shown.fields.name;
      this.shown = null;
    }
    if (!key) return;
    SETTLE_DELAYS.forEach((delay, i) => {
      this.ctx.setTimeout(() => {
        if (generation !== this.generation || this.shown?.profileKey === key) return;
        const result = this.read();
        if (result?.profileKey !== key) return;
        const last = i === SETTLE_DELAYS.length - 1;
        const lagging = this.lagging(result);
        if (lagging && !last) return;
        if (lagging) result.needsConfirmation = true;
        void this.show(result, generation);
      }, delay);
    });
  }

  private read(): CaptureResult | null {
    const result = readLinkedIn(document, location.href, []);
    return result && result.profileKey === linkedinKey(location.href) ? result : null;
  }

  /** The page under a new URL still shows the name of the person before, or not yet anyone. */
  private lagging(result: CaptureResult): boolean {
    return result.needsConfirmation || (this.previousName !== '' && sameText(result.fields.name, this.previousName));
  }

  private async show(result: CaptureResult, generation: number): Promise<void> {
    this.shown = result;
    this.view.tell('');
    this.view.setState(result.needsConfirmation ? 'check' : 'save');
    this.view.mount();
    if (!result.profileKey) return;
    const reply = await this.send({ type: 'lookup', profileKey: result.profileKey });
    if (generation === this.generation && reply?.ok && reply.saved && !this.busy) this.view.setState('saved');
  }

  private async press(event: MouseEvent): Promise<void> {
    if (this.busy || this.ctx.isInvalid) return;
    // The visibility reading lags a freshly mounted button by up to its 100 ms delay: give it one more beat.
    if (isGenuineClick(event, this.view.host) && !this.visible())
      await new Promise<void>((done) => this.ctx.setTimeout(done, 250));
    if (!isGenuineClick(event, this.view.host) || !this.visible()) {
      if (event.isTrusted) this.view.tell(this.say('capture.refused.covered'));
      return;
    }
    // Read again at the moment of the click: the page may have moved on since the button appeared.
    const fresh = this.read();
    if (!fresh || fresh.profileKey !== this.shown?.profileKey) {
      this.follow();
      return;
    }
    // A wrong save is worse than none: unsure fields go to the toolbar panel, where the user edits them.
    if (fresh.needsConfirmation || this.lagging(fresh) || this.shown.needsConfirmation) {
      this.view.setState('check');
      this.view.tell(this.say('capture.checkInPanel'));
      return;
    }
    const saved = /^(saved|updated|jobChange)$/;
    const known = saved.test(this.view.button.dataset.state ?? '');
    await this.save(toCapturePayload(fresh));
    // A saved person's button also opens their card (note, talked today): the save above still records what moved.
    if (known && saved.test(this.view.button.dataset.state ?? '')) await this.send({ type: 'open-card' });
  }

  private async save(payload: CapturePayload): Promise<void> {
    this.busy = true;
    this.view.tell('');
    this.view.setState('saving');
    const reply = await this.send({ type: 'capture', payload });
    this.busy = false;
    if (reply?.ok) {
      this.view.setState(reply.jobChanged ? 'jobChange' : reply.status === 'updated' ? 'updated' : 'saved');
      this.previousName = '';
      return;
    }
    this.view.setState(this.shown?.needsConfirmation ? 'check' : 'save');
    this.view.tell(this.say('capture.error', { message: reply?.error ?? '—' }));
  }

  /** Messages fail once the extension is updated or removed; then the old script just stops. */
  private async send<M extends Message>(message: M): Promise<ReplyFor<M> | null> {
    try {
      return await sendToWorker(message);
    } catch (error) {
      if (this.ctx.isInvalid) return null;
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
