/** sitemap.xml (sitemaps.org 0.9) of the site's pages, and the robots.txt that points to it. */
import { xmlEscape as x } from './xml.ts';

export interface SitemapOptions {
  base: string;
  site: URL | null;
}

function absolute(path: string, o: SitemapOptions): string {
  const base = o.base.endsWith('/') ? o.base : `${o.base}/`;
  const p = `${base}${path.replace(/^\//, '')}`;
  return o.site ? new URL(p, o.site).href : p;
}

/** `paths` are site paths without the base (`actors/x/`, `` for the overview); sorted, deduplicated. */
export function sitemap(paths: readonly string[], o: SitemapOptions): string {
  const urls = [...new Set(paths.map((p) => absolute(p, o)))].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${x(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function robots(o: SitemapOptions): string {
  return ['User-agent: *', 'Allow: /', `Disallow: ${absolute('search/', { ...o, site: null })}`, ...(o.site ? [`Sitemap: ${absolute('sitemap.xml', o)}`] : []), ''].join('\n');
}
