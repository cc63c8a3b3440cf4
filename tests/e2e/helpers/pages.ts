/** Picks one page of each kind from the built site, so tests cover every page kind without naming corpus pages. */
import { sitePages } from './site.ts';

export interface PageKinds {
  overview: string;
  actorsIndex: string;
  actor: string;
  topicsIndex: string;
  topic: string;
  sourcesIndex: string;
  source: string;
  timeline: string;
  search: string;
  book: string;
}

function first(pages: string[], re: RegExp, what: string): string {
  const found = pages.find((p) => re.test(p));
  if (!found) throw new Error(`the built site has no ${what} page`);
  return found;
}

export function pageKinds(dist: string): PageKinds {
  const pages = sitePages(dist);
  return {
    overview: first(pages, /^\/$/, 'overview'),
    actorsIndex: first(pages, /^\/actors\/$/, 'actors index'),
    actor: first(pages, /^\/actors\/[^/]+\/$/, 'actor'),
    topicsIndex: first(pages, /^\/topics\/$/, 'topics index'),
    topic: first(pages, /^\/topics\/[^/]+\/$/, 'topic'),
    sourcesIndex: first(pages, /^\/sources\/$/, 'sources index'),
    source: first(pages, /^\/sources\/[^/]+\/$/, 'source'),
    timeline: first(pages, /^\/timeline\/$/, 'timeline'),
    search: first(pages, /^\/search\/$/, 'search'),
    book: first(pages, /^\/book\/$/, 'book'),
  };
}
