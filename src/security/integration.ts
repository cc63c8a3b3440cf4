/**
 * Astro integration: after `astro build`, marks external links (`rel="external noopener noreferrer"`)
 * in every page, then scans the whole output with `scanDist` and fails the build on any finding, so
 * executable markup that slipped through from a seed never ships.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewriteExternalLinks } from './rewrite-links.ts';
import { scanDist } from './scan-dist.ts';
import { formatFinding } from './scan-html.ts';

export interface SecurityOptions {
  /** Fail the build when the scan finds something (default true). */
  failOnFindings?: boolean;
}

export function dossierSecurity(options: SecurityOptions = {}): AstroIntegration {
  let site: string | null = null;
  let base = '/';
  return {
    name: 'dossier-security',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? null;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let rewritten = 0;
        const { pages, findings } = await scanDist(out, {
          base,
          rewrite: (page, html, tags) => {
            if (!page.endsWith('.html')) return null;
            const next = rewriteExternalLinks(html, site, tags);
            if (next !== null) rewritten++;
            return next;
          },
        });
        if (rewritten) logger.info(`marked external links in ${rewritten} page(s)`);
        for (const f of findings) logger.error(formatFinding(f));
        if (findings.length > 0 && (options.failOnFindings ?? true)) {
          throw new Error(`dossier-security: ${findings.length} unsafe construct(s) in the built site (listed above)`);
        }
        logger.info(`scanned ${pages} page(s): no scripts but the site's own, no event handlers, no dangerous URLs`);
      },
    },
  };
}
