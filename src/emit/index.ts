/**
 * Emit stage: Graph → the files of `content/` (MDX pages and graph.json), as a map from path
 * (relative to `content/`) to text. Pure and deterministic: same graph, byte-identical files.
 *
 *   actors/<slug>.mdx   topics/<slug>.mdx   sources/<slug>.mdx
 *   overview.mdx (/)    timeline.mdx        graph.json
 *
 * Briefing pages are built first; the paragraphs they cite give each source page its "cited by".
 */
import type { RootContent } from 'mdast';
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

export function emitPages(graph: Graph): PageOut[] {
  const b = new Briefing(graph);
  const briefingPages: PageOut[] = [
    overviewPage(b),
    timelinePage(b),
    ...[...graph.actors].sort((x, y) => cmp(x.id, y.id)).map((a) => actorPage(b, a)),
    ...[...graph.topics].sort((x, y) => cmp(x.id, y.id)).map((t) => topicPage(b, t)),
  ].flatMap((page) => [page, ...(page.more ?? [])]);
  const citedBy = new Map<string, CitingPage[]>();
  for (const page of briefingPages) {
    for (const c of page.citations) {
      const key = `${c.source}#${c.paragraph}`;
      const list = citedBy.get(key) ?? [];
      if (!list.some((p) => p.route === page.route)) list.push({ route: page.route, title: page.title });
      citedBy.set(key, list);
    }
  }
  for (const list of citedBy.values()) list.sort((x, y) => cmp(x.route, y.route));
  const sourcePages = [...graph.sources].sort((x, y) => cmp(x.slug, y.slug)).map((s) => sourcePage(b, s, citedBy));
  return [...briefingPages, ...sourcePages];
}

/** What serialising a page needs; plain data, so pages can be serialised in worker threads and cached. */
export interface PageData { frontmatter: Record<string, unknown>; body: RootContent[] }
export type SerializeAll = (pages: PageData[]) => Promise<string[]>;

/** One page → MDX text (the unit of work the pipeline caches and runs on worker threads). */
export function serializePage(page: PageData): string {
  return serializeMdx(page.frontmatter, page.body);
}

/** `emit` with the serialisation of pages done by `serializeAll` (same files, byte for byte). */
export async function emitWith(graph: Graph, serializeAll: SerializeAll, options: EmitOptions = {}): Promise<Map<string, string>> {
  const pages = emitPages(graph);
  const texts = await serializeAll(pages.map((p) => ({ frontmatter: p.frontmatter, body: p.body })));
  const files = new Map<string, string>();
  pages.forEach((page, i) => files.set(page.path, texts[i]!));
  if (options.graphJson !== false) files.set('graph.json', graphJson(graph));
  return new Map([...files.entries()].sort((x, y) => cmp(x[0], y[0])));
}

export function emit(graph: Graph, options: EmitOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  for (const page of emitPages(graph)) files.set(page.path, serializeMdx(page.frontmatter, page.body));
  if (options.graphJson !== false) files.set('graph.json', graphJson(graph));
  return new Map([...files.entries()].sort((x, y) => cmp(x[0], y[0])));
}
