/**
 * Child process for the site tests: `node astro-build.ts <root> <base>` builds the Astro project at
 * <root> into <root>/dist with its own cache dir, so test builds never touch the repo's dist/ or
 * caches.
 */
import { build } from 'astro';

const [root, base = '/'] = process.argv.slice(2);
if (!root) throw new Error('usage: astro-build.ts <root> [base]');
await build({ root, base, outDir: `${root}/dist`, cacheDir: `${root}/.cache`, logLevel: 'warn', telemetry: { enabled: false } } as Parameters<typeof build>[0]);
