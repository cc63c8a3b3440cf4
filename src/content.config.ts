import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/sources' }), schema: z.object({ title: z.string() }) }),
};
