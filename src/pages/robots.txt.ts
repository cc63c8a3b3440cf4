/** /robots.txt: everything may be crawled but the search page; points to the sitemap when the site's address is known. */
import type { APIRoute } from 'astro';
import { robots } from '../feeds/sitemap.ts';
import { siteAddress } from '../feeds/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robots({ base: import.meta.env.BASE_URL, site: siteAddress(site) }), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
