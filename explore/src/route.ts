import { useEffect, useState } from 'react';

/**
 * Hash routing: the whole view is in the URL after `#`, e.g. `/explore/#/area/AdministrativeArea:jiangmen?st=…`,
 * so a link can be shared and a reload shows the same view (the server only ever serves /explore/index.html).
 */
export interface Route {
  /** Decoded path segments: ['area', 'AdministrativeArea:jiangmen']. */
  parts: string[];
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part));
  return { parts, params: new URLSearchParams(query) };
}

/** The hash for a view: href('area', id) → `#/area/<id>`; params with an empty value are left out. */
export function href(parts: readonly string[], params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const search = query.toString();
  return `#/${parts.map(encodeURIComponent).join('/')}${search ? `?${search}` : ''}`;
}

/** The same view with some params changed (undefined removes one). */
export function withParams(route: Route, changes: Record<string, string | undefined>): string {
  const params: Record<string, string | undefined> = Object.fromEntries(route.params.entries());
  return href(route.parts, { ...params, ...changes });
}

export function useRoute(): Route {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return parseRoute(hash);
}

/** The page for a node id, by its type prefix (ids name their type: `Programme:cishan-zhuji`). */
export function nodeHref(id: string): string {
  const type = id.split(':', 1)[0];
  if (type === 'AdministrativeArea') return href(['area', id]);
  if (type === 'Indicator') return href(['indicator', id]);
  if (type === 'Evidence') return href(['evidence', id]);
  if (type === 'Passage') return href(['passage', id]);
  return href(['node', id]);
}
