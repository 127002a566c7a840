import { useEffect, useState } from 'react';

export type Route =
  | { name: 'people' }
  | { name: 'person'; id: string }
  | { name: 'insights' }
  | { name: 'settings' }
  | { name: 'sort' }
  | { name: 'import' }
  | { name: 'welcome' }
  | { name: 'digest'; ids: string[] };

/** Hash routes, so the options page and a notification can open a screen with a plain URL. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  if (parts[0] === 'person' && parts[1]) return { name: 'person', id: parts[1] };
  if (parts[0] === 'insights') return { name: 'insights' };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'sort') return { name: 'sort' };
  if (parts[0] === 'import') return { name: 'import' };
  if (parts[0] === 'welcome') return { name: 'welcome' };
  if (parts[0] === 'digest') {
    const ids = new URLSearchParams(query).get('ids') ?? '';
    return {
      name: 'digest',
      ids: ids
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  }
  return { name: 'people' };
}

export const hrefs = {
  people: '#/',
  person: (id: string) => `#/person/${encodeURIComponent(id)}`,
  insights: '#/insights',
  settings: '#/settings',
  sort: '#/sort',
  import: '#/import',
  welcome: '#/welcome',
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(href: string): void {
  location.hash = href;
}
