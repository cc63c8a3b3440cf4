import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// Pages link to each other relatively (`../../sources/x/#p3`), which needs directory URLs with a
// trailing slash. Smart punctuation is off so source text keeps its own quotation marks.
export default defineConfig({
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
});
