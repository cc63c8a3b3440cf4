/**
 * Emit stage: Graph → the files of `content/` (MDX pages and graph.json), as a map from path
 * (relative to `content/`) to text. Pure and deterministic: same graph, byte-identical files.
 *
 *   actors/<slug>.mdx   topics/<slug>.mdx   sources/<slug>.mdx
 *   overview.mdx (/)    timeline.mdx        graph.json
 *
 * Briefing pages are built first; the paragraphs they cite give each source page its "cited by".
 */
import type { Graph } from '../model/graph.ts';
import { Briefing, cmp } from './briefing.ts';
import { graphJson } from './graph-json.ts';
import type { PageOut } from './page.ts';
import { actorPage } from './pages/actor.ts';
import { overviewPage } from './pages/overview.ts';
import { sourcePage, type CitingPage } from './pages/source.ts';
import { timelinePage } from './pages/timeline.ts';
import { topicPage } from './pages/topic.ts';
import { serializeMdx } from './serialize.ts';

export interface EmitOptions {
  /** Include graph.json (default true). */
  graphJson?: boolean;
}

/**
 * The briefing pages (overview, timeline, actors, topics, and their long lists), one at a time, each with the
 * briefing page it belongs to (itself, or the page a long list is cut from).
 */
function* briefingPages(b: Briefing): Generator<{ page: PageOut; owner: CitingPage }> {
  const graph = b.graph;
  const pages = [
    () => overviewPage(b),
    () => timelinePage(b),
    ...[...graph.actors].sort((x, y) => cmp(x.id, y.id)).map((a) => () => actorPage(b, a)),
    ...[...graph.topics].sort((x, y) => cmp(x.id, y.id)).map((t) => () => topicPage(b, t)),
  ];
  for (const make of pages) {
    const page = make();
    const owner = { route: page.route, title: page.title };
    yield { page, owner };
    for (const more of page.more ?? []) yield { page: more, owner };
  }
}

/**
 * Every page, in file order of kinds: briefing pages first; the paragraphs they cite give each source page its
 * "cited by" (the briefing pages, a long list counting for the page it is cut from, so that where a list breaks
 * into pages never changes a source page). `each` sees each page once and may drop its tree (so the whole site's
 * trees are never held at once).
 */
function forEachPage(graph: Graph, each: (page: PageOut) => void): void {
  const b = new Briefing(graph);
  const citedBy = new Map<string, CitingPage[]>();
  for (const { page, owner } of briefingPages(b)) {
    for (const c of page.citations) {
      const key = `${c.source}#${c.paragraph}`;
      const list = citedBy.get(key);
      if (!list) citedBy.set(key, [owner]);
      else if (!list.some((p) => p.route === owner.route)) list.push(owner);
    }
    each(page);
  }
  for (const list of citedBy.values()) list.sort((x, y) => cmp(x.route, y.route));
  for (const s of [...graph.sources].sort((x, y) => cmp(x.slug, y.slug))) each(sourcePage(b, s, citedBy));
}

/** All pages with their trees (for tests and tools that inspect them). */
export function emitPages(graph: Graph): PageOut[] {
  const out: PageOut[] = [];
  forEachPage(graph, (page) => out.push(page));
  return out;
}

/** One page → MDX text. */
export function serializePage(page: Pick<PageOut, 'frontmatter' | 'body'>): string {
  return serializeMdx(page.frontmatter, page.body);
}

/** Graph → the files of content/, each page written as soon as it is built. */
export function emit(graph: Graph, options: EmitOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  forEachPage(graph, (page) => files.set(page.path, serializePage(page)));
  if (options.graphJson !== false) files.set('graph.json', graphJson(graph));
  return new Map([...files.entries()].sort((x, y) => cmp(x[0], y[0])));
}
