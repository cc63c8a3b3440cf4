/**
 * Checks over a built site: every internal link and #fragment resolves; every footnote points to
 * a source paragraph; every quotation (“…”) and figure (bold in a table cell) of the generated prose is followed in
 * its block by a footnote whose paragraph contains it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export interface Page { file: string; url: URL; tree: Root; ids: Set<string> }

export function loadPages(dist: string, base: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const rel = path.relative(dist, p).split(path.sep).join('/');
        const route = rel === 'index.html' ? '' : rel.replace(/index\.html$/, '');
        const url = new URL(`${base}${route}`, 'http://site.test');
        const tree = fromHtml(fs.readFileSync(p, 'utf8'));
        const ids = new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
        pages.set(url.pathname, { file: rel, url, tree, ids });
      }
    }
  };
  walk(dist);
  return pages;
}

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Internal links that do not resolve, as "page → href (reason)". */
export function brokenLinks(pages: Map<string, Page>, dist: string, base: string): string[] {
  const broken: string[] = [];
  for (const page of pages.values()) {
    const links = selectAll('a[href], link[href], script[src], img[src]', page.tree);
    for (const el of links) {
      const raw = String(el.properties.href ?? el.properties.src ?? '');
      const target = new URL(raw, page.url);
      if (target.origin !== page.url.origin) continue;
      if (!target.pathname.startsWith(base)) { broken.push(`${page.file} → ${raw} (outside base ${base})`); continue; }
      const rel = target.pathname.slice(base.length);
      const isPage = target.pathname.endsWith('/');
      if (isPage) {
        const dest = pages.get(target.pathname);
        if (!dest) { broken.push(`${page.file} → ${raw} (no page)`); continue; }
        if (target.hash && !dest.ids.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${page.file} → ${raw} (no #fragment)`);
      } else if (!fs.existsSync(path.join(dist, decodeURIComponent(rel)))) {
        broken.push(`${page.file} → ${raw} (no file)`);
      }
    }
  }
  return broken;
}

/** The source paragraph a footnote reference cites: [page, paragraph element]. */
export function footnoteTarget(pages: Map<string, Page>, page: Page, ref: Element): { note: Element; paragraph: Element | null; href: string } | null {
  const id = String(ref.properties.href ?? '').replace(/^#/, '');
  const note = select(`[id="${id}"]`, page.tree);
  if (!note) return null;
  const link = selectAll('a[href]', note).find((a) => /sources\/[^/]+\/#p\d+$/.test(String(a.properties.href)));
  if (!link) return { note, paragraph: null, href: '' };
  const target = new URL(String(link.properties.href), page.url);
  const dest = pages.get(target.pathname);
  const paragraph = dest ? select(`[id="${target.hash.slice(1)}"]`, dest.tree) ?? null : null;
  return { note, paragraph, href: target.pathname + target.hash };
}

interface Cited { kind: 'quote' | 'figure'; text: string; block: Element; order: number }
interface Ref { el: Element; block: Element | null; order: number }

const classes = (el: Element): string[] => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

/**
 * Quotations (“…” in the text of generated prose, outside links), figures (bold in a table cell) and footnote
 * references of a page in document order, with their block. A source's own text (`.source-text`), the footnotes and
 * the maps are not generated prose and are skipped.
 */
export function citedItems(tree: Root): { items: Cited[]; refs: Ref[] } {
  const items: Cited[] = [];
  const refs: Ref[] = [];
  let order = 0;
  const blocks = new Set(['p', 'li', 'td', 'th', 'dd']);
  const visit = (node: Root | ElementContent, stack: Element[]): void => {
    if (node.type === 'element') {
      if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) return;
      if (node.tagName === 'svg' || classes(node).includes('source-text')) return;
      const block = [...stack].reverse().find((a) => blocks.has(a.tagName)) ?? null;
      if (node.tagName === 'strong' && block?.tagName === 'td') items.push({ kind: 'figure', text: norm(toText(node)), block, order: order++ });
      if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined) refs.push({ el: node, block, order: order++ });
      for (const c of node.children) visit(c, [...stack, node]);
    } else if (node.type === 'text') {
      const block = [...stack].reverse().find((a) => blocks.has(a.tagName)) ?? null;
      if (block && !stack.some((a) => a.tagName === 'a')) {
        for (const m of node.value.matchAll(/“([^“”]+)”/g)) items.push({ kind: 'quote', text: norm(m[1]!), block, order: order++ });
      }
    } else if (node.type === 'root') {
      for (const c of node.children) visit(c as ElementContent, stack);
    }
  };
  visit(tree, []);
  return { items, refs };
}
