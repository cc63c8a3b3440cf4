/**
 * Emit stage: Graph → the files of `content/` (MDX pages and graph.json), as a map from path
 * (relative to `content/`) to text. Pure and deterministic: same graph, byte-identical files.
 *
 *   actors/<slug>.mdx   topics/<slug>.mdx   sources/<slug>.mdx   more/<list>.mdx
 *   overview.mdx (/)    timeline.mdx        graph.json
 *
 * Pages are built in groups: a briefing page with the long lists cut from it (overview, timeline, each actor, each
 * topic), then each source page. Briefing pages come first; the paragraphs they cite give each source page its
 * "cited by". With a memo of the last run (`./memo.ts`), a group whose recorded reads all fingerprint as before is
 * not built again: its files are already in content/.
 */
import type { Graph } from '../model/graph.ts';
import { Briefing, cmp } from './briefing.ts';
import { graphJson } from './graph-json.ts';
import { contentHash, MemoRun, PageReuse, type EmitMemo, type MemoGroup, type MemoPage } from './memo.ts';
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

/** One page → MDX text. */
export function serializePage(page: Pick<PageOut, 'frontmatter' | 'body'>): string {
  return serializeMdx(page.frontmatter, page.body);
}

interface Group {
  id: string;
  build: (b: Briefing) => PageOut[];
}

/** A briefing page and the long lists cut from it, in file order. */
const withMore = (page: PageOut): PageOut[] => [page, ...(page.more ?? [])];

function briefingGroups(graph: Graph): Group[] {
  return [
    { id: 'overview', build: (b) => withMore(overviewPage(b)) },
    { id: 'timeline', build: (b) => withMore(timelinePage(b)) },
    ...graph.actors.map((a) => a.id).sort(cmp).map((id): Group => ({ id: `actor:${id}`, build: (b) => withMore(actorPage(b, id)) })),
    ...graph.topics.map((t) => t.id).sort(cmp).map((id): Group => ({ id: `topic:${id}`, build: (b) => withMore(topicPage(b, id)) })),
  ];
}

/** Where built pages go as they are made (the pipeline's content writer), instead of being kept in memory. */
export interface PageSink {
  put(path: string, text: string): void;
  keep(path: string, hash: string): void;
}

export interface IncrementalOptions {
  /** Takes each page as it is made (built or kept); `files` of the result then stays empty. */
  sink?: PageSink;
  /** The last run's memo (null: build every page). */
  memo?: EmitMemo | null;
  /** Files of content/ as they are on disk, with their hashes (a group is reused only if its files are there). */
  onDisk?: ReadonlyMap<string, string>;
  /** Each rebuilt page as it is written (the trees are dropped after it). */
  onPage?: (page: PageOut, text: string) => void;
}

export interface IncrementalResult {
  /** Pages built in this run: path → text (empty with a sink). */
  files: Map<string, string>;
  /** How many pages were built. */
  builtPages: number;
  /** Pages reused from content/: path → hash. */
  kept: Map<string, string>;
  memo: EmitMemo;
  /** Page groups, and how many were built. */
  groups: number;
  built: number;
}

/**
 * Graph → the pages of content/, building only the groups whose reads changed since `memo` (every group without one).
 * The result names every page: built ones with their text, reused ones with their hash.
 */
export function emitIncremental(graph: Graph, options: IncrementalOptions = {}): IncrementalResult {
  const b = new Briefing(graph);
  const memo = options.memo ?? null;
  const onDisk = options.onDisk ?? new Map<string, string>();
  const files = new Map<string, string>();
  const kept = new Map<string, string>();
  const memoRun = new MemoRun(b, memo, onDisk);
  const next = memoRun.next;
  let built = 0, builtPages = 0;

  const run = (id: string, build: () => PageOut[], input: string | null = null): MemoGroup => {
    const reused = memoRun.clean(id, input);
    if (reused) {
      for (const p of reused.pages) {
        kept.set(p.path, p.hash);
        options.sink?.keep(p.path, p.hash);
      }
      next.groups.set(id, reused);
      return reused;
    }
    const previous = memo?.groups.get(id);
    built++;
    b.pages = new PageReuse(b, memoRun, previous);
    let tracked: { value: PageOut[]; keys: Set<string> };
    try {
      tracked = b.track(build);
    } finally {
      b.pages = null;
    }
    const { value: pages, keys } = tracked;
    const group: MemoGroup = {
      reads: memoRun.record(keys),
      input,
      pages: [],
      owner: pages[0] ? { route: pages[0].route, title: pages[0].title } : null,
      citations: [],
    };
    const cited = new Set<string>();
    for (const page of pages) {
      let entry: MemoPage;
      if (page.reused) {
        entry = page.reused;
        kept.set(page.path, entry.hash);
        options.sink?.keep(page.path, entry.hash);
      } else {
        const text = serializePage(page);
        builtPages++;
        if (options.sink) options.sink.put(page.path, text);
        else files.set(page.path, text);
        options.onPage?.(page, text);
        entry = {
          path: page.path,
          hash: contentHash(text),
          citations: [...new Set(page.citations.map((c) => `${c.source}#${c.paragraph}`))].sort(),
          ...(page.memo ? { input: page.memo.input, reads: memoRun.record(page.memo.keys) } : {}),
        };
      }
      group.pages.push(entry);
      for (const c of entry.citations ?? []) cited.add(c);
    }
    group.citations = [...cited].sort();
    next.groups.set(id, group);
    return group;
  };

  // Briefing pages first: what they cite gives each source page its "cited by" (a long list counts for its page).
  const citedBy = new Map<string, CitingPage[]>();
  for (const g of briefingGroups(graph)) {
    const group = run(g.id, () => g.build(b));
    if (!group.owner) continue;
    for (const key of group.citations) {
      const list = citedBy.get(key);
      if (!list) citedBy.set(key, [group.owner]);
      else if (!list.some((p) => p.route === group.owner!.route)) list.push(group.owner);
    }
  }
  for (const list of citedBy.values()) list.sort((x, y) => cmp(x.route, y.route));
  for (const s of [...graph.sources].sort((x, y) => cmp(x.slug, y.slug))) {
    // What the source page shows of the briefing pages is part of what it depends on.
    const cites = s.paragraphs.map((p) => [p.id, citedBy.get(`${s.id}#${p.id}`) ?? []]);
    run(`source:${s.id}`, () => [sourcePage(b, s.id, citedBy)], contentHash(JSON.stringify(cites)));
  }
  return { files, kept, memo: next, groups: next.groups.size, built, builtPages };
}

/** All pages with their trees (for tests and tools that inspect them). */
export function emitPages(graph: Graph): PageOut[] {
  const out: PageOut[] = [];
  emitIncremental(graph, { onPage: (page) => out.push(page) });
  return out;
}

/** Graph → the files of content/. */
export function emit(graph: Graph, options: EmitOptions = {}): Map<string, string> {
  const { files } = emitIncremental(graph);
  if (options.graphJson !== false) files.set('graph.json', graphJson(graph));
  return new Map([...files.entries()].sort((x, y) => cmp(x[0], y[0])));
}
