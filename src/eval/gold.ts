/** The gold annotation format (`dossier-gold/1`, see tests/corpus/README.md), validated with zod. */
import { z } from 'zod';

export const GoldSchema = z.object({
  schema: z.literal('dossier-gold/1'),
  documents: z.array(z.object({
    file: z.string(),
    title: z.string().nullable().optional(),
    published: z.string().nullable(),
    url: z.string().nullable().optional(),
    publisher: z.string().nullable().optional(),
    duplicate_of: z.string().nullable().optional(),
    actors: z.array(z.object({ name: z.string(), kind: z.string(), aliases: z.array(z.string()).default([]) })),
    quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string() })),
    figures: z.array(z.object({ text: z.string(), value: z.number(), unit: z.string() })),
    events: z.array(z.object({ cue: z.string(), sentence: z.string(), date: z.string().nullable(), precision: z.string().nullable().optional() })),
  })),
  disagreements: z.array(z.object({ subject: z.string(), figures: z.array(z.object({ file: z.string(), text: z.string() })) })).default([]),
});

export type Gold = z.infer<typeof GoldSchema>;
export type GoldDocument = Gold['documents'][number];
