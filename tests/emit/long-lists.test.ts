/**
 * Pages stay small as the archive grows: on a generated archive of 150 sources, every briefing page is bounded, long
 * sections show their latest items and link to "more" pages, and the more pages together hold every item, cited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { emitPages } from '../../src/emit/index.ts';
import { PER_PAGE, SHOWN } from '../../src/emit/pages/more.ts';
import { TIMELINE_PER_PAGE } from '../../src/emit/pages/timeline.ts';
import type { PageOut } from '../../src/emit/page.ts';
import { serializePage } from '../../src/emit/index.ts';
import { runStages } from '../../src/pipeline.ts';
import type { Graph } from '../../src/model/graph.ts';

let graph: Graph;
let pages: PageOut[];
let files: Map<string, string>;

beforeAll(async () => {
  const seeds = generateCorpus({ n: 150, seed: 7 }).map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  ({ graph } = await runStages(seeds));
  pages = emitPages(graph);
  files = new Map(pages.map((p) => [p.path, serializePage(p)]));
});

const kb = (text: string) => Buffer.byteLength(text) / 1024;
const links = (text: string) => [...text.matchAll(/\]\((?:\.\.\/)*(more\/[a-z0-9-]+\/)\)/g)].map((m) => m[1]!);

describe('long lists', () => {
  it('keeps every briefing page small, whatever the size of the archive', () => {
    const briefing = [...files].filter(([p]) => !p.startsWith('sources/'));
    for (const [path, text] of briefing) expect(kb(text), path).toBeLessThan(90);
    // The archive is big enough that pages needed cutting: some actor has far more statements than a page shows.
    const actor = [...graph.actors].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    expect(actor.mentions.length).toBeGreaterThan(4 * SHOWN);
    expect(pages.some((p) => p.path.startsWith('more/'))).toBe(true);
  });

  it('links each cut section to its full list, and the more pages hold every item once', () => {
    const events = graph.events.filter((e) => e.date).length;
    const timeline = files.get('timeline.mdx')!;
    const first = links(timeline).find((l) => l.startsWith('more/timeline--all'));
    expect(first).toBe('more/timeline--all/');
    const all = pages.filter((p) => /^more\/timeline--all(--\d+)?\.mdx$/.test(p.path));
    expect(all.map((p) => p.frontmatter.page)).toEqual(all.map((_, i) => i + 1));
    const items = all.reduce((n, p) => n + (files.get(p.path)!.match(/<li /g) ?? []).length, 0);
    expect(items).toBe(events);
    for (const p of all) expect(p.frontmatter.pages).toBe(Math.ceil(events / TIMELINE_PER_PAGE));
  });

  it('every link to a more page lands on one, and more pages link back and onward', () => {
    const routes = new Set(pages.map((p) => p.route));
    for (const [path, text] of files) for (const l of links(text)) expect(routes.has(l), `${path} → ${l}`).toBe(true);
    for (const p of pages.filter((x) => x.path.startsWith('more/'))) {
      const text = files.get(p.path)!;
      const parent = (p.frontmatter.parent as { route: string }).route;
      expect(text, p.path).toContain(`](../../${parent})`);
      const { page, pages: count } = p.frontmatter as { page: number; pages: number };
      if (page < count) expect(text, p.path).toContain('Next page');
      // Lists of facts are cited (lists of actors and sources are links, not statements).
      if (/--(statements|figures|timeline|positions|disagreements|all|undated)/.test(p.path)) expect(p.citations.length, p.path).toBeGreaterThan(0);
      // One footnote definition per distinct paragraph cited.
      expect((text.match(/^\[\^\d+\]: /gm) ?? []).length).toBe(p.citations.length);
    }
  });

  it('a statement list is cut to the latest items and the rest is on pages of PER_PAGE', () => {
    const page = pages.find((p) => /^more\/actor--.+--statements--.+\.mdx$/.test(p.path) && (p.frontmatter.items as number) > PER_PAGE);
    const cut = page ?? pages.find((p) => /^more\/actor--.+--statements--/.test(p.path))!;
    expect(cut).toBeDefined();
    const text = files.get(cut.path)!;
    const lines = (text.match(/^- /gm) ?? []).length;
    expect(lines).toBe(Math.min(PER_PAGE, cut.frontmatter.items as number));
    const actorId = cut.path.split('--')[1]!;
    const parent = files.get(`actors/${actorId}.mdx`)!;
    expect(parent).toContain(`Showing the latest ${SHOWN} of ${cut.frontmatter.items}`);
  });
});
