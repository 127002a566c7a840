import { afterEach, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Avatar } from '../../../components/Avatar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

function initialsShown(name: string): string {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<Avatar name={name} url="" />));
  return host.querySelector('.avatar-initials')?.textContent ?? '';
}

it('shows the family name’s first character for a Japanese name (田, not 田陽)', () => {
  expect(initialsShown('田中 陽子')).toBe('田');
});

it('shows 山 for 山田 さくら, not 山さ', () => {
  expect(initialsShown('山田 さくら')).toBe('山');
});
