/**
 * The editor's catalog (`seeds/catalog.yaml`): corrections and additions on top of automatic extraction.
 * Every key is optional; the pipeline works without a catalog.
 *
 * ```yaml
 * actors:                     # add an actor, fix its kind/role, give it aliases, merge others into it
 *   - name: Volodymyr Zelensky
 *     kind: person
 *     role: President of Ukraine
 *     aliases: [Zelensky, the Ukrainian leader]
 *     merge: [Vladimir Zelensky]   # extracted actors (by name) that are this one
 * split:                      # names the rules must never merge
 *   - [Rosa Ramírez, Héctor Ramírez]
 * ignore: [Cannery Row]       # names that are not actors
 * topics:
 *   - name: Minerals deal      # define (terms), rename or merge (merge: [automatic topic names]) a topic
 *     terms: [minerals deal, minerals agreement]
 *     merge: [minerals framework]
 *   - name: cookie settings
 *     hide: true
 * ```
 */
import { z } from 'zod';

const name = z.string().trim().min(1, 'must not be empty');

export const CatalogActorSchema = z.object({
  name,
  kind: z.enum(['person', 'organization', 'country']).optional(),
  role: name.optional(),
  aliases: z.array(name).default([]),
  merge: z.array(name).default([]),
}).strict();

export const CatalogTopicSchema = z.object({
  name,
  terms: z.array(name).default([]),
  merge: z.array(name).default([]),
  hide: z.boolean().default(false),
}).strict();

export const CatalogSchema = z.object({
  actors: z.array(CatalogActorSchema).default([]),
  split: z.array(z.array(name).min(2, 'a split lists at least two names')).default([]),
  ignore: z.array(name).default([]),
  topics: z.array(CatalogTopicSchema).default([]),
}).strict();

export type Catalog = z.infer<typeof CatalogSchema>;
export type CatalogActor = z.infer<typeof CatalogActorSchema>;
export type CatalogTopic = z.infer<typeof CatalogTopicSchema>;

export const EMPTY_CATALOG: Catalog = { actors: [], split: [], ignore: [], topics: [] };
