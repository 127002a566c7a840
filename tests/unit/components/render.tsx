import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '../../../components/i18n';
import { ToastProvider } from '../../../components/Toast';
import type { Lang } from '../../../utils/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders a page part as the popup and dashboard do: in a language, with the toast region. */
export function mount(node: ReactNode, lang: Lang = 'en') {
  const host = document.createElement('div');
  document.body.append(host);
  const root: Root = createRoot(host);
  act(() =>
    root.render(
      <I18nProvider language={lang}>
        <ToastProvider>{node}</ToastProvider>
      </I18nProvider>,
    ),
  );
  return {
    host,
    unmount() {
      act(() => root.unmount());
      host.remove();
    },
  };
}

export async function until<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeout = 5_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('Timed out waiting');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

export function typeInto(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
  setter.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function buttonNamed(host: HTMLElement, name: string): HTMLButtonElement | undefined {
  return Array.from(host.querySelectorAll('button')).find(
    (b) => b.textContent === name || b.getAttribute('aria-label') === name,
  );
}

export function alertText(): string {
  return Array.from(document.querySelectorAll('[role="alert"] .toast > span'))
    .map((el) => el.textContent ?? '')
    .join(' ')
    .trim();
}
