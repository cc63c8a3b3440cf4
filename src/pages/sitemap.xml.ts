/** /sitemap.xml: every page of the briefing (src/feeds/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sitemap } from '../feeds/sitemap.ts';
import { siteAddress } from '../feeds/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const [actors, topics, sources, more] = await Promise.all([
    getCollection('actors'), getCollection('topics'), getCollection('sources'),
    getCollection('pages', (entry) => entry.id.startsWith('more/') && entry.data.kind === 'more'),
  ]);
  const paths = [
    '',
    'timeline/',
    'book/',
    'actors/',
    'topics/',
    'sources/',
    ...actors.map((a) => `actors/${a.id}/`),
    ...topics.map((t) => `topics/${t.id}/`),
    ...sources.map((s) => `sources/${s.id}/`),
    ...more.map((m) => `${m.id}/`),
  ];
  return new Response(sitemap(paths, { base: import.meta.env.BASE_URL, site: siteAddress(site) }), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
