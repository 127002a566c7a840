import type { CaptureKey, Say } from './strings';

// Kept short: this script runs on every LinkedIn page and has an 8 KB budget.
const STYLE = `div{font:14px system-ui,sans-serif;display:flex;flex-direction:column;align-items:flex-end;gap:6px}
button{font:inherit;cursor:pointer;border-radius:18px;padding:8px 16px;border:1px solid #0a66c2;background:#fff;color:#0a66c2}
[data-state=save],[data-state=check]{background:#0a66c2;color:#fff}
button:focus-visible{outline:3px solid #f5a623}
p{margin:0;background:#fff;color:#222;border:1px solid #ccc;border-radius:8px;padding:6px}`;

/** The button's states; each is the last part of its message key (`capture.button.<state>`). */
export type ButtonState = 'save' | 'check' | 'saving' | 'saved' | 'updated' | 'jobChange';

/**
 * A random custom-element name: the page cannot find the host by a fixed name and restyle or hide it. A UUID's
 * last group is 12 random hex digits, and costs fewer bytes in this 8 KB script than formatting random bytes.
 */
function hostName(): string {
  return `x-${crypto.randomUUID().slice(-12)}`;
}

/**
 * The in-page UI in a closed shadow root: one button and a status line. Page text never reaches it; its own
 * words go in through textContent.
 */
export class CaptureView {
  readonly host = document.createElement(hostName());
  readonly button = document.createElement('button');
  private readonly note = document.createElement('p');

  constructor(
    private readonly say: Say,
    onPress: (event: MouseEvent) => void,
  ) {
    this.host.setAttribute(
      'style',
      'all:initial!important;position:fixed!important;right:24px!important;bottom:24px!important;z-index:2147483647!important;display:block!important;opacity:1!important',
    );
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const box = document.createElement('div');
    this.note.setAttribute('role', 'status');
    this.note.hidden = true;
    this.button.type = 'button';
    this.button.addEventListener('click', onPress);
    box.append(this.note, this.button);
    root.append(style, box);
  }

  mount(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  unmount(): void {
    this.host.remove();
  }

  setState(state: ButtonState): void {
    this.button.dataset.state = state;
    this.button.textContent = this.say(`capture.button.${state}` as CaptureKey);
    this.button.disabled = state === 'saving';
  }

  tell(message: string): void {
    this.note.textContent = message;
    this.note.hidden = message === '';
  }
}
