import { afterEach, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ToastProvider, useToast } from '../../../entrypoints/dashboard/ui/Toast';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
let show: ReturnType<typeof useToast> = () => undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

function Grab() {
  show = useToast();
  return null;
}

function go(hash: string) {
  act(() => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

it('a toast goes away when the user navigates to another screen, not when it was shown right after a navigation', () => {
  go('#/person/a');
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      <ToastProvider>
        <Grab />
      </ToastProvider>,
    ),
  );
  const text = () => host!.querySelector('.toast')?.textContent ?? '';

  act(() => show('Logged.'));
  expect(text()).toContain('Logged.');
  go('#/insights');
  expect(text()).toBe('');

  // Delete navigates to the list, then shows "Deleted … Undo": the list's own hashchange must not dismiss it.
  act(() => {
    location.hash = '#/';
    show('Deleted Aiko.');
  });
  act(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
  expect(text()).toContain('Deleted Aiko.');
});
