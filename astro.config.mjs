import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { cspConfig } from './src/security/csp.ts';
import { dossierSecurity } from './src/security/integration.ts';

// MDX pages are static text (Dossier emits no components into them), so `optimize` compiles them to HTML strings
// instead of one JSX call per element: the largest single cut in build time and memory (issue 9, docs/performance.md).
// Pages link to each other relatively (`../../sources/x/#p3`), which needs directory URLs with a
// trailing slash. Smart punctuation is off so source text keeps its own quotation marks.
export default defineConfig({
  integrations: [mdx({ optimize: true }), dossierSecurity()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // CSP meta on every page: only the site's own scripts (issue 8); see src/security/csp.ts.
  security: { csp: cspConfig },
});
