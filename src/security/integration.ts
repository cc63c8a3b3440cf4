/**
 * Astro integration: after `astro build`, marks external links (`rel="external noopener noreferrer"`)
 * in every page, then scans the whole output with `scanDist` and fails the build on any finding, so
 * executable markup that slipped through from a seed never ships.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewriteExternalLinks } from './rewrite-links.ts';
import { listPages, scanDist } from './scan-dist.ts';
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
        for (const page of await listPages(out)) {
          if (!page.endsWith('.html')) continue;
          const file = path.join(out, page);
          const html = await readFile(file, 'utf8');
          const next = rewriteExternalLinks(html, site);
          if (next !== null) {
            await writeFile(file, next);
            rewritten++;
          }
        }
        if (rewritten) logger.info(`marked external links in ${rewritten} page(s)`);
        const { pages, findings } = await scanDist(out, { base });
        for (const f of findings) logger.error(formatFinding(f));
        if (findings.length > 0 && (options.failOnFindings ?? true)) {
          throw new Error(`dossier-security: ${findings.length} unsafe construct(s) in the built site (listed above)`);
        }
        logger.info(`scanned ${pages} page(s): no scripts but the site's own, no event handlers, no dangerous URLs`);
      },
    },
  };
}
