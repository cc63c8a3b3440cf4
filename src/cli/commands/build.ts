/** `dossier build`: the pipeline, then `astro build` (and the search index) into dist/. */
import path from 'node:path';
import { pipelineCommand } from './pipeline.ts';
import { parseArgs } from '../args.ts';
import { runAstro } from '../astro.ts';

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
  process.stderr.write(
    `dossier: site built in ${path.relative(root, outDir) || '.'}/ — preview it with \`npm run preview\` (http://localhost:4321/)\n`,
  );
  return 0;
}
