/**
 * Builds the site (real `astro build`, isolated temp project, non-root base) from the emitted
 * fixture briefing and checks the HTML: links and fragments resolve, footnotes land on source
 * paragraphs that contain what they support, escaping survives the MDX compiler, and the footnote
 * markup is accessible.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { emit } from '../../src/emit/index.ts';
import { loadGraph } from '../emit/helpers.ts';
import { buildSite, removeSite, type BuiltSite } from './helpers/build-site.ts';
import { brokenLinks, citedItems, footnoteTarget, loadPages, norm, type Page } from './links.ts';

const BASE = '/briefing-v1/';
const graph = loadGraph('briefing');
let site: BuiltSite;
let pages: Map<string, Page>;

beforeAll(() => {
  site = buildSite(emit(graph), BASE);
  pages = loadPages(site.dist, BASE);
}, 240_000);

afterAll(() => { if (site) removeSite(site); });

const page = (route: string): Page => {
  const p = pages.get(`${BASE}${route}`);
  if (!p) throw new Error(`no page ${route}; have ${[...pages.keys()].join(', ')}`);
  return p;
};

describe('built site', () => {
  it('has every route', () => {
    const routes = ['', 'actors/', 'topics/', 'sources/', 'timeline/',
      ...graph.actors.map((a) => `actors/${a.id}/`), ...graph.topics.map((t) => `topics/${t.id}/`), ...graph.sources.map((s) => `sources/${s.slug}/`)];
    for (const r of routes) expect(pages.has(`${BASE}${r}`), r).toBe(true);
    for (const p of pages.values()) expect(selectAll('h1', p.tree).length, p.file).toBe(1);
  });

  it('every internal link and #fragment resolves (under a non-root base)', () => {
    expect(brokenLinks(pages, site.dist, BASE)).toEqual([]);
  });

  it('every footnote resolves to a source paragraph; every quote and figure to one that contains it', () => {
    let refs = 0, checked = 0;
    for (const p of pages.values()) {
      const { items, refs: found } = citedItems(p.tree);
      for (const ref of found) {
        refs++;
        const t = footnoteTarget(pages, p, ref.el);
        expect(t, `${p.file}: footnote ${String(ref.el.properties.href)}`).not.toBeNull();
        expect(t!.paragraph, `${p.file}: footnote → ${t!.href}`).not.toBeNull();
      }
      for (const item of items) {
        const ref = found.find((r) => r.order > item.order && r.block === item.block);
        expect(ref, `${p.file}: <${item.kind}>${item.text}</${item.kind}> has a footnote`).toBeDefined();
        const t = footnoteTarget(pages, p, ref!.el)!;
        expect(norm(toText(t.paragraph!)), `${p.file}: ${t.href} contains “${item.text}”`).toContain(item.text);
        checked++;
      }
    }
    expect(refs).toBeGreaterThan(50);
    expect(checked).toBeGreaterThan(30);
  });

  it('source pages render the paragraphs verbatim, escaped, with anchors and linked mentions', () => {
    for (const s of graph.sources) {
      const p = page(`sources/${s.slug}/`);
      for (const para of s.paragraphs) {
        const el = select(`[id="${para.id}"] > p`, p.tree);
        expect(el, `${s.slug}#${para.id}`).toBeDefined();
        const text = norm(toText(el!)).replace(/^\d+ /, '');
        expect(text).toBe(norm(para.text));
      }
    }
    const menafn = page('sources/menafn-undated-us-troops-ukraine-minerals/');
    const p5 = select('[id="p5"] > p', menafn.tree)!;
    expect(selectAll('b, code, em, strong', p5)).toEqual([]);
    const mentions = selectAll('.para > p a[href$="/actors/volodymyr-zelensky/"]', menafn.tree).map((a) => toText(a));
    expect(mentions).toEqual(['Vladimir Zelensky', 'Zelensky', 'Zelensky']);
    const cited = select('[id="p3"] .cited-by', menafn.tree);
    expect(cited && toText(cited)).toMatch(/Volodymyr Zelensky/);
    const meta = toText(select('.source-meta', menafn.tree)!);
    expect(meta).toMatch(/4 repeated paragraphs collapsed/);
    expect(meta).toMatch(/No date in the source/);
  });

  it('footnotes are accessible: a section with a heading, back-links with aria labels, one note per paragraph', () => {
    const trump = page('actors/donald-trump/');
    const section = select('section[data-footnotes]', trump.tree)!;
    expect(toText(select('h2', section)!)).toBe('Footnotes');
    const backs = selectAll('a[data-footnote-backref]', section);
    expect(backs.length).toBeGreaterThan(0);
    for (const b of backs) expect(String(b.properties.ariaLabel)).toMatch(/^Back to reference/);
    const notes = selectAll('li[id^="user-content-fn-"]', section);
    const targets = notes.map((n) => String(selectAll('a', n).find((a) => /#p\d+$/.test(String(a.properties.href)))?.properties.href));
    expect(new Set(targets).size).toBe(targets.length);
    expect(notes.map((n) => String(n.properties.id))).toEqual(notes.map((_, i) => `user-content-fn-${i + 1}`));
    const first = toText(notes[0]!);
    expect(first).toMatch(/The Moscow Times, “Trump Demands \$500Bln/);
    expect(first).toMatch(/11 February 2025, paragraph \d+/);
    expect(selectAll('a[href^="https://www.themoscowtimes.com/"]', notes[0]!).length).toBe(1);
  });

  it('the timeline groups events by date with precision, undated last, with filter data', () => {
    const t = page('timeline/');
    const headings = selectAll('section.day h2', t.tree).map((h) => toText(h));
    expect(headings).toEqual(['2014', 'February 2022', '3 February 2025', '10 February 2025', '11 February 2025', '14 February 2025', 'Undated']);
    const undated = selectAll('section.day', t.tree).at(-1)!;
    expect(toText(undated)).toMatch(/Undated: “on Saturday”/);
    const li = selectAll('li[data-actors]', t.tree);
    expect(li.length).toBe(graph.events.length);
    expect(select('form[data-timeline-filters]', t.tree)).toBeDefined();
  });

  it('draws relationship maps as SVG with a list of the same links', () => {
    for (const route of ['', 'actors/donald-trump/']) {
      const p = page(route);
      const svg = select('figure.relation-map svg', p.tree)!;
      const nodes = selectAll('a', svg).map((a) => String(a.properties.href));
      const list = selectAll('figure.relation-map figcaption a', p.tree).map((a) => String(a.properties.href));
      expect(nodes.length).toBeGreaterThan(3);
      expect(list).toEqual(nodes);
      expect(select('title', svg)).toBeDefined();
    }
  });
});
