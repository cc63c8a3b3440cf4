/**
 * Puts one page's rendered briefing into the book: every briefing numbers its footnotes from 1 and
 * links relatively to its own URL, so inside one document the ids must get a prefix (`actor-x-fn-1`),
 * fragment links must follow them, relative links must be resolved against the page the briefing came
 * from, links to briefings that are in the book must jump inside the book, and headings move down
 * (the book's section title is the h2).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export interface ScopeOptions {
  /** Prefix for ids, e.g. `actor-donald-trump`. */
  prefix: string;
  /** Root-relative URL of the page the briefing comes from, e.g. `/actors/donald-trump/`. */
  pageUrl: string;
  /**
   * In-book anchor for a root-relative page URL (`/actors/x/` → `actor-x`), or null when that page
   * is not in the book (the link then points to the site).
   */
  anchorFor: (pathname: string) => string | null;
  /** Heading levels to add (h2 → h3 with 1). */
  shiftHeadings?: number;
}

const ID_LIST_PROPS = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'ariaOwns', 'htmlFor'] as const;

function scopeId(prefix: string, id: string): string {
  return `${prefix}-${id}`;
}

function rewriteHref(href: string, o: ScopeOptions): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${scopeId(o.prefix, decodeURIComponent(href.slice(1)))}` : href;
  let resolved: URL;
  try {
    resolved = new URL(href, new URL(o.pageUrl, 'http://book.invalid'));
  } catch {
    return href;
  }
  if (resolved.origin !== 'http://book.invalid') return href; // absolute (external) link: as it is
  if (!resolved.hash) {
    const anchor = o.anchorFor(resolved.pathname);
    if (anchor) return `#${anchor}`;
  }
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

function visit(node: Root | Element, o: ScopeOptions): void {
  for (const child of node.children as (RootContent | ElementContent)[]) {
    if (child.type !== 'element') continue;
    const p = child.properties;
    if (typeof p.id === 'string' && p.id) p.id = scopeId(o.prefix, p.id);
    const props = p as Record<string, unknown>;
    for (const key of ID_LIST_PROPS) {
      const v = props[key];
      if (Array.isArray(v)) props[key] = v.map((id) => scopeId(o.prefix, String(id)));
      else if (typeof v === 'string' && v) props[key] = v.split(/\s+/).map((id) => scopeId(o.prefix, id)).join(' ');
    }
    if (child.tagName === 'a' && typeof p.href === 'string') p.href = rewriteHref(p.href, o);
    const level = /^h([1-6])$/.exec(child.tagName);
    if (level && o.shiftHeadings) child.tagName = `h${Math.min(6, Number(level[1]) + o.shiftHeadings)}`;
    visit(child, o);
  }
}

export function scopeHtml(html: string, options: ScopeOptions): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, options);
  return toHtml(tree);
}
