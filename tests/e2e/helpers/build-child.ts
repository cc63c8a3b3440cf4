/**
 * Child process of the shared e2e build: `node build-child.ts <root> <outDir>` runs `astro build` on the
 * project copy at <root> (own cache dir), then the Pagefind index, as `dossier build` does.
 */
import { build } from 'astro';
import { indexSite } from '../../../src/search/index-site.ts';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: build-child.ts <root> <outDir>');
await build({ root, outDir, cacheDir: `${root}/.cache`, logLevel: 'warn', telemetry: { enabled: false } } as Parameters<typeof build>[0]);
const { pages } = await indexSite(outDir);
process.stdout.write(`indexed ${pages} pages\n`);
