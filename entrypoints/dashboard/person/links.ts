import { isSafeUrl } from '../../../utils/model/text';

/** The href for a stored value, or null when it must stay plain text (only http(s), mailto and tel). */
export function linkFor(kind: 'web' | 'email' | 'phone', value: string): string | null {
  const href = kind === 'email' ? `mailto:${value}` : kind === 'phone' ? `tel:${value.replace(/[^\d+]/g, '')}` : value;
  return isSafeUrl(href) ? href : null;
}
