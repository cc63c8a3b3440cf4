/**
 * External-link hygiene: every link that leaves the site carries `rel="external noopener noreferrer"`,
 * so the target page gets no `window.opener` and no Referer, and readers (and CSS, via
 * `a[rel~="external"]`) can tell original-source links from the site's own pages.
 */
import type { Element, Root, RootContent } from 'hast';

export const EXTERNAL_REL = ['external', 'noopener', 'noreferrer'] as const;

/**
 * True for an absolute http(s) URL or a protocol-relative one (`//host/…`), unless it points at `siteOrigin`
 * (Astro's `site`, when the site knows its own address).
 */
export function isExternalHref(href: string, siteOrigin?: string | null): boolean {
  const value = href.trim();
  if (!/^(https?:)?\/\//i.test(value)) return false;
  if (!siteOrigin) return true;
  try {
    return new URL(value, siteOrigin).origin !== new URL(siteOrigin).origin;
  } catch {
    return true;
  }
}

function relTokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

function* links(nodes: readonly RootContent[]): Generator<Element> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if ((node.tagName === 'a' || node.tagName === 'area') && typeof node.properties.href === 'string') yield node;
    yield* links(node.children);
  }
}

/** Adds the missing `rel` tokens to external links of `tree`, in place. Returns how many links changed. */
export function markExternalLinks(tree: Root, siteOrigin?: string | null): number {
  let changed = 0;
  for (const el of links(tree.children)) {
    if (!isExternalHref(el.properties.href as string, siteOrigin)) continue;
    const rel = relTokens(el.properties.rel);
    const missing = EXTERNAL_REL.filter((token) => !rel.map((t) => t.toLowerCase()).includes(token));
    if (missing.length === 0) continue;
    el.properties.rel = [...rel, ...missing];
    changed++;
  }
  return changed;
}
