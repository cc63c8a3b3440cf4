/**
 * Kinds of searchable page. The layout derives a page's kind from its route and hands it to Pagefind
 * as the `kind` filter; the search page labels and filters results with the same names.
 */
export const SEARCH_KINDS = ['actor', 'topic', 'source', 'timeline', 'overview'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, string> = {
  actor: 'Actor',
  topic: 'Topic',
  source: 'Source',
  timeline: 'Timeline',
  overview: 'Overview',
};

export const KIND_PLURALS: Record<SearchKind, string> = {
  actor: 'Actors',
  topic: 'Topics',
  source: 'Sources',
  timeline: 'Timeline',
  overview: 'Overview',
};

/**
 * Kind of the page at `pathname` (with the site's base removed), or null for pages that are not
 * searched (indexes, search, book, changes…).
 */
export function searchKind(pathname: string): SearchKind | null {
  const p = `/${pathname.replace(/^\/+/, '')}`;
  if (p === '/' || p === '/index.html') return 'overview';
  if (/^\/timeline\/?$/.test(p)) return 'timeline';
  const m = /^\/(actors|topics|sources)\/[^/]+\/?$/.exec(p);
  if (!m) return null;
  return m[1] === 'actors' ? 'actor' : m[1] === 'topics' ? 'topic' : 'source';
}

/** `pathname` without the site base (`/v1/actors/x/` with base `/v1/` → `/actors/x/`). */
export function withoutBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}
