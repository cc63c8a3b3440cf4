/** `dossier build`: the pipeline, then `astro build` (and the search index) into dist/. */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipelineCommand } from './pipeline.ts';
import { parseArgs } from '../args.ts';
import { runAstro } from '../astro.ts';
import { indexSite } from '../../search/index-site.ts';

export async function run(args: string[]): Promise<number> {
  const root = process.cwd();
  const parsed = parseArgs(args, ['seeds', 'content', 'base', 'outDir']);
  const pipeline = await pipelineCommand(args, root);
  if (pipeline.code) return pipeline.code;
  const astroArgs = ['build'];
  for (const name of ['base', 'outDir'] as const) {
    const v = parsed.flags.get(name);
    if (typeof v === 'string') astroArgs.push(`--${name}`, v);
  }
  const code = runAstro(astroArgs, root, parsed.flags.has('quiet'));
  if (code) {
    process.stderr.write('dossier: astro build failed (see above); content/ was written, dist/ may be incomplete\n');
    return code;
  }
  const outDir = path.resolve(root, (parsed.flags.get('outDir') as string | undefined) ?? 'dist');
  const started = performance.now();
  const search = await indexSite(outDir);
  if (!parsed.flags.has('quiet')) {
    process.stderr.write(`dossier: search index of ${search.pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stderr.write(
    `dossier: site built in ${path.relative(root, outDir) || '.'}/ — preview it with \`npm run preview\` (http://localhost:4321/)\n`,
  );
  return 0;
}
