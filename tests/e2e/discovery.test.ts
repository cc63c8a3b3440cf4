/**
 * What helps a site be found and shared, checked in the built files: sitemap.xml lists every page,
 * robots.txt, the Atom feed of sources in publication order, OpenGraph tags on every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { sharedSite, sitePages, type SharedSite } from './helpers/site.ts';

let site: SharedSite;
beforeAll(async () => {
  site = await sharedSite();
});
const read = (file: string) => fs.readFileSync(path.join(site.dist, file), 'utf8');

describe('sitemap.xml and robots.txt', () => {
  it('lists every briefing page (not the search page) and only pages that exist', () => {
    const xml = read('sitemap.xml');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages = sitePages(site.dist).filter((p) => p !== '/search/' && p !== '/404.html' && !p.startsWith('/changes/'));
    for (const p of pages) expect(locs, p).toContain(p);
    for (const loc of locs) expect(fs.existsSync(path.join(site.dist, loc, 'index.html')), loc).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  });

  it('robots.txt allows crawling and keeps the search page out', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/search\/$/m);
  });
});

describe('Atom feed of sources', () => {
  it('has one entry per source page, newest first and undated last, linking our copy and the original', () => {
    const xml = read('feed.xml');
    const feed = fromHtml(xml, { space: 'svg', fragment: true });
    const entries = selectAll('entry', feed);
    const sourcePages = sitePages(site.dist).filter((p) => /^\/sources\/[^/]+\/$/.test(p));
    expect(entries.length).toBe(sourcePages.length);
    const dates: (string | null)[] = [];
    for (const entry of entries) {
      const alt = selectAll('link', entry).find((l) => l.properties.rel?.toString() === 'alternate');
      const href = String(alt?.properties.href);
      expect(sourcePages).toContain(href);
      const html = fromHtml(read(`${href.slice(1)}index.html`));
      expect(toText(select('title', entry)!)).toBe(toText(select('h1', html)!));
      const original = select('.source-meta a[href^="http"]', html);
      const related = selectAll('link', entry).find((l) => l.properties.rel?.toString() === 'related');
      expect(related?.properties.href ?? null).toBe(original?.properties.href ?? null);
      const published = select('published', entry);
      dates.push(published ? toText(published) : null);
    }
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(0, dated.length)).toEqual(dated); // undated after all dated ones
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
  });
});

describe('OpenGraph and feed links on every page', () => {
  it('has og:title matching the page, og:type, and links to the feed', () => {
    for (const p of sitePages(site.dist).filter((x) => x.endsWith('/'))) {
      const tree = fromHtml(read(`${p.slice(1)}index.html`));
      const og = (prop: string) => select(`meta[property="${prop}"]`, tree)?.properties.content;
      const title = toText(select('title', tree)!);
      expect(title.startsWith(String(og('og:title'))), `${p} og:title`).toBe(true);
      expect(['website', 'article']).toContain(og('og:type'));
      expect(og('og:site_name')).toBe('Dossier');
      const description = select('meta[name="description"]', tree)?.properties.content;
      if (description) expect(og('og:description')).toBe(description);
      expect(select('link[rel="alternate"][type="application/atom+xml"]', tree)?.properties.href).toBe('/feed.xml');
    }
  });
});

describe('search index', () => {
  it('is written whole: the entry file names the index, and no file of it is empty', () => {
    const dir = path.join(site.dist, 'pagefind');
    const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(fs.statSync(path.join(f.parentPath, f.name)).size, f.name).toBeGreaterThan(0);
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string; page_count: number }> };
    const en = entry.languages.en!;
    expect(en.page_count).toBeGreaterThan(10);
    // Every page the layout marks for search is in the index (Pagefind reads only the pages src/search names).
    const marked = sitePages(site.dist).filter((p) => /data-pagefind-body/.test(read(`${p.slice(1)}${p.endsWith('/') ? 'index.html' : ''}`)));
    expect(en.page_count).toBe(marked.length);
    expect(fs.existsSync(path.join(dir, `pagefind.${en.hash}.pf_meta`))).toBe(true);
  });
});
