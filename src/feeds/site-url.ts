/**
 * The public address of the site, needed for absolute URLs (sitemap, feed, OpenGraph): Astro's `site`
 * setting, else the DOSSIER_SITE_URL environment variable, else unknown (null): then those files use
 * root-relative URLs, fine for a local preview.
 */
export function siteAddress(site: URL | string | undefined | null, env: Record<string, string | undefined> = process.env): URL | null {
  const raw = site?.toString() ?? env.DOSSIER_SITE_URL?.trim();
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? new URL(`${u.origin}/`) : null;
  } catch {
    return null;
  }
}

/** Absolute URL of a root-relative path (which already includes the base) on `site`, or the path itself. */
export function absoluteUrl(site: URL | null, pathname: string): string {
  const p = pathname.startsWith('/') ? pathname : `/${pathname}`;
  return site ? new URL(p, site).href : p;
}
