/**
 * Content collections over the generated `content/` folder (or `$DOSSIER_CONTENT_DIR`, used by
 * tests to build from fixtures). Front matter is written by src/emit; the schemas here are what the
 * components rely on.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = (process.env.DOSSIER_CONTENT_DIR || './content').replace(/\/$/, '');
/** No page reads an entry's raw MDX (`entry.body`): not keeping it keeps the content store small (it was 52 MB at N = 1,000). */
const retainBody = false;

const mapSchema = z.object({
  width: z.number(),
  height: z.number(),
  focus: z.string().nullable(),
  nodes: z.array(z.object({
    id: z.string(), name: z.string(), kind: z.string(), x: z.number(), y: z.number(), r: z.number(),
    label: z.object({ x: z.number(), y: z.number(), anchor: z.enum(['start', 'middle', 'end']), lines: z.array(z.string()) }),
  })),
  links: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number(), speech: z.boolean() })),
}).nullable().optional();

const counts = z.record(z.string(), z.number()).default({});

const actors = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/actors`, retainBody }),
  schema: z.object({
    title: z.string(),
    kind: z.literal('actor'),
    actorKind: z.string(),
    role: z.string().nullable().optional(),
    aliases: z.array(z.string()).default([]),
    description: z.string().optional(),
    counts,
    topics: z.array(z.string()).default([]),
    map: mapSchema,
  }),
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/topics`, retainBody }),
  schema: z.object({
    title: z.string(),
    kind: z.literal('topic'),
    terms: z.array(z.string()).default([]),
    description: z.string().optional(),
    counts,
    actors: z.array(z.string()).default([]),
    map: mapSchema,
  }),
});

const sources = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/sources`, retainBody }),
  schema: z.object({
    title: z.string(),
    kind: z.literal('source'),
    publisher: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    file: z.string().optional(),
    format: z.string().optional(),
    authors: z.array(z.string()).default([]),
    credits: z.array(z.string()).default([]),
    summary: z.string().nullable().optional(),
    cleaning: z.object({ collapsedDuplicates: z.number(), removed: z.array(z.string()) }).optional(),
    duplicateOf: z.string().nullable().optional(),
    retrievedAt: z.string().nullable().optional(),
    retrievedFrom: z.string().nullable().optional(),
    counts,
  }),
});

const pageSchema = z.object({
  title: z.string(),
  kind: z.enum(['overview', 'timeline']),
  counts,
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }).optional(),
  map: mapSchema,
  filters: z.object({
    actors: z.array(z.object({ id: z.string(), name: z.string() })),
    topics: z.array(z.object({ id: z.string(), name: z.string() })),
  }).optional(),
});

/** A page of a full list that a briefing page shows only the latest of (src/emit/pages/more.ts). */
const moreSchema = z.object({
  title: z.string(),
  kind: z.literal('more'),
  parent: z.object({ route: z.string(), title: z.string() }),
  /** The span of dates the page covers, for lists in reading order (no totals or page numbers: see more.ts). */
  span: z.string().nullable(),
});

/** Editor's notes are hand-written (never by the pipeline); any front matter is optional. */
const noteSchema = z.object({
  kind: z.literal('note').default('note'),
  title: z.string().optional(),
  author: z.string().optional(),
  date: z.coerce.string().optional(),
});

/**
 * Singletons at the top of content/ (overview.mdx, the home page, and timeline.mdx) and the
 * editor's notes, content/notes/actors/<slug>.mdx and content/notes/topics/<slug>.mdx (ids
 * `notes/actors/<slug>`), and the pages of long lists, content/more/<id>.mdx (ids `more/<id>`). Notes share this collection so that a site without notes builds
 * without "empty collection" warnings.
 */
const pages = defineCollection({
  loader: glob({ pattern: ['*.mdx', 'more/*.mdx', 'notes/{actors,topics}/*.{md,mdx}'], base: root, retainBody }),
  schema: z.union([pageSchema, moreSchema, noteSchema]),
});

export const collections = { actors, topics, sources, pages };
