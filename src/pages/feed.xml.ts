/** /feed.xml: Atom feed of the sources (src/feeds/atom.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../feeds/atom.ts';
import { siteAddress } from '../feeds/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const sources = await getCollection('sources');
  const body = atomFeed(
    sources.map((s) => ({
      slug: s.id,
      title: s.data.title,
      publisher: s.data.publisher ?? null,
      published: s.data.published ?? null,
      url: s.data.url ?? null,
      summary: s.data.summary ?? null,
      retrievedAt: s.data.retrievedAt ?? null,
    })),
    { title: 'Dossier: sources of the briefing', base: import.meta.env.BASE_URL, site: siteAddress(site), now: new Date().toISOString() },
  );
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
