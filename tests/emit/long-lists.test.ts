/**
 * Pages stay small as the archive grows: on a generated archive of 150 sources, every briefing page is bounded, long
 * sections show their latest items and link to "more" pages, and the more pages together hold every item, cited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { emitPages } from '../../src/emit/index.ts';
import fc from 'fast-check';
import { PAGE_SIZE, pagesOf, SHOWN } from '../../src/emit/pages/more.ts';
import { TIMELINE_PAGE_SIZE } from '../../src/emit/pages/timeline.ts';
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
    // Follow the pages from the first by their "Next page" links.
    const chain: PageOut[] = [];
    for (let route: string | undefined = 'more/timeline--all/'; route;) {
      const page = pages.find((p) => p.route === route)!;
      chain.push(page);
      route = files.get(page.path)!.match(/\[Next page\]\(\.\.\/\.\.\/(more\/[^)]+)\)/)?.[1];
    }
    const all = pages.filter((p) => /^more\/timeline--all(--[a-z0-9-]+)?\.mdx$/.test(p.path));
    expect(chain.map((p) => p.path).sort()).toEqual(all.map((p) => p.path).sort());
    expect(chain.length).toBeGreaterThan(1);
    const counts = chain.map((p) => (files.get(p.path)!.match(/<li /g) ?? []).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(events);
    for (const n of counts) {
      expect(n).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE.max);
      expect(n).toBeGreaterThanOrEqual(Math.min(TIMELINE_PAGE_SIZE.min, events));
    }
    // No page names a total or a page number (they would change whenever any item is added).
    for (const p of chain) expect(files.get(p.path)!, p.path).not.toMatch(/ of \d+|page \d+/i);
  });

  it('every link to a more page lands on one, and more pages link back and onward', () => {
    const routes = new Set(pages.map((p) => p.route));
    for (const [path, text] of files) for (const l of links(text)) expect(routes.has(l), `${path} → ${l}`).toBe(true);
    for (const p of pages.filter((x) => x.path.startsWith('more/'))) {
      const text = files.get(p.path)!;
      const parent = (p.frontmatter.parent as { route: string }).route;
      expect(text, p.path).toContain(`](../../${parent})`);
      if (/^The whole list/m.test(text.split('\n---\n')[1] ?? '')) expect(text, p.path).not.toContain('Next page');
      // Lists of facts are cited (lists of actors and sources are links, not statements).
      if (/--(statements|figures|timeline|positions|disagreements|all|undated)/.test(p.path)) expect(p.citations.length, p.path).toBeGreaterThan(0);
      // One footnote definition per distinct paragraph cited.
      expect((text.match(/^\[\^\d+\]: /gm) ?? []).length).toBe(p.citations.length);
    }
  });

  it('a statement list is cut to the latest items and the rest is on pages of at most PAGE_SIZE.max', () => {
    // First pages of statement lists: more/actor--<actor>--statements--<topic>.mdx (later pages add --<key hash>).
    const cut = pages.find((p) => p.path.startsWith('more/actor--') && p.path.split('--').length === 4 && p.path.split('--')[2] === 'statements')!;
    expect(cut).toBeDefined();
    const text = files.get(cut.path)!;
    const lines = (text.match(/^- /gm) ?? []).length;
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThanOrEqual(PAGE_SIZE.max);
    const actorId = cut.path.split('--')[1]!;
    const parent = files.get(`actors/${actorId}.mdx`)!;
    expect(parent).toMatch(new RegExp(`Showing the latest ${SHOWN} of \\d+ statements? or quotes?`));
  });
});

describe('where long lists break', () => {
  const key = (k: string) => k;
  const page = (items: string[][]) => items.map((p) => p.join(' '));

  it('an item added anywhere changes the page it lands on, rarely a neighbour, never the pages after', () => {
    let changed = 0, runs = 0, worst = 0;
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 4, maxLength: 12 }), { minLength: 300, maxLength: 900 }),
      fc.string({ minLength: 4, maxLength: 12 }), fc.nat(), (items, extra, at) => {
        if (items.includes(extra)) return;
        const before = new Set(page(pagesOf(items, key)));
        const after = page(pagesOf([...items.slice(0, at % items.length), extra, ...items.slice(at % items.length)], key));
        const differ = after.filter((p) => !before.has(p)).length;
        changed += differ;
        runs++;
        worst = Math.max(worst, differ);
      }), { numRuns: 300, seed: 4 });
    expect(changed / runs).toBeLessThan(1.6);
    expect(worst).toBeLessThanOrEqual(6);
  });

  it('keeps pages between min and max items', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `item-${i}`);
    const cut = pagesOf(items, key);
    expect(cut.flat()).toEqual(items);
    for (const p of cut) {
      expect(p.length).toBeLessThanOrEqual(PAGE_SIZE.max);
      expect(p.length).toBeGreaterThanOrEqual(PAGE_SIZE.min / 2);
    }
    // About one page per `every` items, whatever the split.
    expect(cut.length).toBeGreaterThan(items.length / (2 * PAGE_SIZE.every));
    expect(cut.length).toBeLessThan((2 * items.length) / PAGE_SIZE.every);
  });
});
