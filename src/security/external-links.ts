/**
 * External-link hygiene: every link that leaves the site carries `rel="external noopener noreferrer"`,
 * so the target page gets no `window.opener` and no Referer, and readers (and CSS, via
 * `a[rel~="external"]`) can tell original-source links from the site's own pages.
 */
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
