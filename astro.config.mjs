import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { cspConfig } from './src/security/csp.ts';
import { dossierSecurity } from './src/security/integration.ts';

export default defineConfig({
  integrations: [mdx(), dossierSecurity()],
  // CSP meta on every page: only the site's own scripts (issue 8); see src/security/csp.ts.
  security: { csp: cspConfig },
});
