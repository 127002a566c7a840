import { absoluteUrl, all, attr, first, textOnce } from '../dom';
import type { MiddleLayer } from './profile';

// The overview table's "Current" row header, in the languages LinkedIn served these pages in.
const CURRENT = /^(current|現在|aktuell|actuel|actual|attuale|atual|huidig)$/i;

/**
 * LinkedIn's logged-out public profile until about 2017 (still what archives and caches show) was a classic
 * hCard: `h1#name.fn`, the location in `#demographics .locality`, and an overview table whose "Current" row
 * names the employer (`.org`). The "Previous" row's organisations are not the person's company.
 */
export const classicPublicProfile: MiddleLayer = (doc, url, _slug, into) => {
  const card = first(doc, '#name.fn') && (first(doc, '.vcard') ?? first(doc, '#topcard'));
  if (!card) return;
  let company = '';
  for (const row of all(card, 'tr')) {
    if (attr(row, 'data-section') !== 'currentPositionsDetails' && !CURRENT.test(textOnce(first(row, 'th')))) continue;
    company = textOnce(first(row, '.org')) || textOnce(first(row, 'td li')) || textOnce(first(row, 'td'));
    break;
  }
  const photo = first(card, 'img.photo');
  into.add('top-card', {
    name: textOnce(first(card, '#name')),
    headline: textOnce(first(card, '.headline')),
    location: textOnce(first(card, '.locality')),
    company,
    avatarUrl: photo ? absoluteUrl(attr(photo, 'src'), url) : '',
  });
};
