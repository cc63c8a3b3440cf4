/**
 * The site built from the shipped seeds (issue 2's acceptance): actor pages for the people and organisations the two
 * sources name, merged spelling variants, clean source pages, and every footnote landing on an existing paragraph
 * anchor of an existing source page.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Graph } from '../../src/model/graph.ts';
import { readCatalogText, readSeeds } from '../../src/io/seeds.ts';
import { runStages } from '../../src/pipeline.ts';
import { buildSite, projectRoot, removeSite, type BuiltSite } from './helpers/build-site.ts';
import { brokenLinks, footnoteTarget, citedItems, loadPages, norm, type Page } from './links.ts';

let site: BuiltSite;
let pages: Map<string, Page>;
let graph: Graph;

beforeAll(async () => {
  const seedsDir = path.join(projectRoot, 'seeds');
  const { seeds } = await readSeeds(seedsDir, 'seeds');
  const catalog = await readCatalogText(seedsDir);
  const result = await runStages(seeds, { catalog: catalog === null ? null : { text: catalog, file: 'seeds/catalog.yaml' } });
  graph = result.graph;
  site = buildSite(result.files, '/');
  pages = loadPages(site.dist, '/');
}, 300_000);

afterAll(() => {
  if (site) removeSite(site);
});

const page = (route: string): Page => {
  const p = pages.get(`/${route}`);
  if (!p) throw new Error(`no page /${route}`);
  return p;
};
const sourceBy = (file: string) => graph.sources.find((s) => s.file === file)!;

describe('the site built from seeds/', () => {
  it('has actor pages for the people and organisations the seeds name, at canonical-name slugs', () => {
    const people = ['donald-trump', 'volodymyr-zelensky', 'dmitry-peskov', 'keith-kellogg', 'jd-vance', 'scott-bessent', 'pete-hegseth', 'bret-baier'];
    const organisations = ['kremlin', 'fox-news', 'nbc', 'afp', 'us-state-department'];
    for (const slug of [...people, ...organisations]) {
      const p = page(`actors/${slug}/`);
      expect(toText(select('h1', p.tree)!).length, slug).toBeGreaterThan(2);
    }
    for (const slug of people) expect(graph.actors.find((a) => a.id === slug)?.kind, slug).toBe('person');
    for (const slug of organisations) expect(graph.actors.find((a) => a.id === slug)?.kind, slug).toBe('organization');
  });

  it('merges spelling variants: MENAFN’s “Vladimir Zelensky” is Volodymyr Zelensky, never Vladimir Putin', () => {
    const zelensky = graph.actors.find((a) => a.id === 'volodymyr-zelensky')!;
    expect(zelensky.aliases).toContain('Vladimir Zelensky');
    const sources = new Set(zelensky.mentions.map((m) => m.source));
    expect(sources).toEqual(new Set(graph.sources.map((s) => s.id)));
    expect(graph.actors.some((a) => a.name === 'Vladimir Zelensky')).toBe(false);
  });

  it('cleans the source pages: no 403 preamble, no disclaimer, each MENAFN paragraph once, $ without backslash', () => {
    const menafn = sourceBy('004_fbd7c11bc53d63f7.txt');
    const text = toText(select('main', page(`sources/${menafn.slug}/`).tree)!);
    expect(text).not.toMatch(/Sorry!!|403|doesn.t exist|Legal Disclaimer|without warranty|No comment/);
    expect(menafn.cleaning.collapsedDuplicates).toBe(4);
    const first = menafn.paragraphs.find((p) => p.text.startsWith('Earlier this week, Treasury Secretary'))!;
    expect(text.split(norm(first.text).slice(0, 60)).length - 1).toBe(1);
    const mt = sourceBy('000_de785302d83754d6.txt');
    const mtText = toText(select('main', page(`sources/${mt.slug}/`).tree)!);
    expect(mtText).toContain('$500 billion');
    expect(mtText).not.toContain('\\$');
    expect(mt.published).toBe('2025-02-11');
    expect(mt.url).toBe('https://www.themoscowtimes.com/2025/02/11/trump-demands-500bln-in-rare-earth-metals-from-kyiv-says-ukraine-may-be-russian-someday-a87937');
    const original = selectAll('a[href]', page(`sources/${mt.slug}/`).tree).find((a) => String(a.properties.href) === mt.url);
    expect(original).toBeDefined();
  });

  it('every internal link and #fragment resolves', () => {
    expect(brokenLinks(pages, site.dist, '/')).toEqual([]);
  });

  it('every footnote on actor and topic pages lands on an existing source paragraph that holds what it supports', () => {
    let refs = 0;
    for (const p of pages.values()) {
      if (!/^(actors|topics)\/[^/]+\//.test(p.file)) continue;
      const { items, refs: found } = citedItems(p.tree);
      for (const ref of found) {
        refs++;
        const t = footnoteTarget(pages, p, ref.el);
        expect(t?.paragraph, `${p.file}: footnote ${String(ref.el.properties.href)} → ${t?.href}`).toBeTruthy();
      }
      for (const item of items) {
        const ref = found.find((r) => r.order > item.order && r.block === item.block);
        expect(ref, `${p.file}: “${item.text}” has a footnote`).toBeDefined();
        const t = footnoteTarget(pages, p, ref!.el)!;
        expect(norm(toText(t.paragraph!)), `${p.file}: ${t.href} contains “${item.text}”`).toContain(item.text);
      }
    }
    expect(refs).toBeGreaterThan(40);
  });
});
