/**
 * Builds the site (real `astro build`, isolated temp project, non-root base) from the emitted
 * fixture briefing and checks the HTML: links and fragments resolve, footnotes land on source
 * paragraphs that contain what they support, escaping survives the MDX compiler, and the footnote
 * markup is accessible.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { emit } from '../../src/emit/index.ts';
import { loadGraph } from '../emit/helpers.ts';
import { buildSite, projectRoot, removeSite, type BuiltSite } from './helpers/build-site.ts';
import { serve } from './helpers/serve.ts';
import { brokenLinks, citedItems, footnoteTarget, loadPages, norm, type Page } from './links.ts';

const BASE = '/briefing-v1/';
const graph = loadGraph('briefing');
let site: BuiltSite;
let pages: Map<string, Page>;

/** Hand-written editor's notes: one for an actor page, one whose page does not exist. */
const NOTES = new Map([
  ['notes/actors/donald-trump.mdx', '---\nauthor: Desk editor\n---\n\nThe *$500 billion* figure is disputed: see [the deal](../../topics/rare-earth-minerals-deal/).\n'],
  ['notes/actors/donald.mdx', 'A note left behind after a rename.\n'],
]);

beforeAll(() => {
  site = buildSite(new Map([...emit(graph), ...NOTES]), BASE);
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
        expect(ref, `${p.file}: ${item.kind} “${item.text}” has a footnote`).toBeDefined();
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

describe('editor’s notes', () => {
  it('shows the note at the top of its page, marked as the editor’s', () => {
    const p = page('actors/donald-trump/');
    const article = select('article.prose', p.tree)!;
    const first = article.children.find((c) => c.type === 'element');
    expect(first && first.type === 'element' && first.tagName).toBe('aside');
    const note = select('aside.editor-note', article)!;
    expect(toText(select('h2', note)!)).toMatch(/^Editor’s note · Desk editor/);
    expect(toText(note)).toMatch(/The \$500 billion figure is disputed/);
    expect(select('aside.editor-note', page('actors/volodymyr-zelensky/').tree)).toBeUndefined();
  });

  it('warns, naming the file, about a note whose page no longer exists', () => {
    expect(site.log).toMatch(/content\/notes\/actors\/donald\.mdx: warning: .*no longer exists \[orphan-note\]/);
    expect(site.log).not.toMatch(/donald-trump\.mdx: warning/);
  });
});

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

describe.skipIf(!executablePath)('in a browser (headless Chromium)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  const shots = path.join(projectRoot, 'tests/.artifacts/screens');

  beforeAll(async () => {
    server = await serve(site.dist, BASE);
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    fs.mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  it('filters the timeline by actor and topic with the tiny script', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}timeline/`);
    const visible = () => p.locator('.timeline li[data-actors]:visible').count();
    expect(await visible()).toBe(graph.events.length);
    await p.selectOption('select[name=actor]', 'volodymyr-zelensky');
    const expected = graph.events.filter((e) => e.actors.includes('volodymyr-zelensky')).length;
    expect(await visible()).toBe(expected);
    expect(await p.locator('output[name=count]').textContent()).toBe(`${expected} event${expected === 1 ? '' : 's'}`);
    expect(p.url()).toMatch(/\?actor=volodymyr-zelensky$/);
    await p.selectOption('select[name=actor]', '');
    await p.selectOption('select[name=topic]', 'us-military-aid-to-ukraine');
    expect(await visible()).toBeLessThan(graph.events.length);
    expect(await p.locator('.timeline section.day:visible').count()).toBeLessThan(await p.locator('.timeline section.day').count());
    await p.close();
  });

  it('highlights the paragraph a footnote lands on', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}actors/donald-trump/`);
    const note = p.locator('section[data-footnotes] li').first();
    await note.locator('a', { hasText: 'our copy' }).click();
    await p.waitForURL(/#p\d+$/);
    const id = new URL(p.url()).hash.slice(1);
    const bg = await p.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await p.locator('.para:not(:target)').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe(other);
    await p.close();
  });

  // Screenshots for a human to look at: DOSSIER_SCREENSHOTS=1 writes them to tests/.artifacts/screens/.
  const screenshots = process.env.DOSSIER_SCREENSHOTS === '1';
  const routes = ['', 'actors/', 'actors/donald-trump/', 'topics/rare-earth-minerals-deal/', 'sources/menafn-undated-us-troops-ukraine-minerals/', 'timeline/'];
  // Full axe run on desktop; on phones, layout overflow and (dark scheme) colour contrast.
  // (axe is slow on a busy machine: it checks a few representative pages.)
  const runs = [
    [1280, 'light', null, ['', 'actors/donald-trump/', 'timeline/']],
    [390, 'light', [], routes],
    [390, 'dark', ['color-contrast'], ['actors/donald-trump/']],
  ] as const;
  for (const [width, scheme, rules, pages] of runs) {
    it(`has no serious accessibility violations and no sideways scrolling (${width}px, ${scheme})`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const p = await ctx.newPage();
      const problems: string[] = [];
      for (const route of pages) {
        await p.goto(`${server.url}${route}`);
        if (screenshots) {
          const name = `${route.replace(/\/$/, '').replace(/\//g, '_') || 'overview'}-${width}-${scheme}`;
          await p.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
        }
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${route}: scrolls sideways by ${overflow}px`);
        if (rules && rules.length === 0) continue;
        const axe = new AxeBuilder({ page: p });
        const result = await (rules ? axe.withRules([...rules]) : axe.withTags(['wcag2a', 'wcag2aa'])).analyze();
        for (const v of result.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${route}: ${v.id} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
        }
      }
      await ctx.close();
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
