// The floor: a bare Astro project (astro + mdx only) that the benchmark builds over N trivial MDX pages.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()] });
