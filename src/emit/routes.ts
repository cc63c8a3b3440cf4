/**
 * Routes of the site and relative links between them. Pages link relatively so the site works
 * under any Astro `base` (versioned deploys serve it under `/<version>/`).
 */

/** Where a page sits: `/` (depth 0), `/timeline/` (1), `/actors/<slug>/` (2). */
export type Depth = 0 | 1 | 2;

export const route = {
  overview: () => '',
  timeline: () => 'timeline/',
  actors: () => 'actors/',
  topics: () => 'topics/',
  sources: () => 'sources/',
  actor: (slug: string) => `actors/${slug}/`,
  topic: (slug: string) => `topics/${slug}/`,
  more: (id: string) => `more/${id}/`,
  source: (slug: string, paragraph?: string) => `sources/${slug}/${paragraph ? `#${paragraph}` : ''}`,
};

/** A link from a page at `depth` to a site path given relative to the site root. */
export function href(depth: Depth, target: string): string {
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return `${up}${target}`;
}
