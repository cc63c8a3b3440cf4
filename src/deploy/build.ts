/**
 * The default build of a deploy: the pipeline (seeds → content/), then `astro build` for the
 * version's base path into the staging folder, with the build info in the environment.
 * Runs Astro on the same Node as Dossier itself.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatDiagnostic } from '../model/diagnostic.ts';
import { runPipeline } from '../pipeline.ts';
import { indexSite } from '../search/index-site.ts';

export interface BuildRequest {
  /** Project root (where astro.config.mjs and seeds/ are). */
  root: string;
  /** Astro `base`, e.g. `/v2/` or `/dossier/v2/`. */
  base: string;
  /** Absolute output folder; it becomes `<version>/` on the deploy branch. */
  outDir: string;
  /** Build info variables (see build-info.ts). */
  env: Record<string, string>;
  log: (line: string) => void;
}

export type BuildFn = (req: BuildRequest) => Promise<void>;

/** seeds/ → content/; error diagnostics stop the deploy. */
async function runProjectPipeline(root: string, log: (line: string) => void): Promise<void> {
  const result = await runPipeline({ root });
  for (const d of result.diagnostics) log(formatDiagnostic(d));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`the pipeline reported ${errors.length} error${errors.length === 1 ? '' : 's'} (see above)`);
  const g = result.graph;
  log(`${g.sources.length} sources, ${g.actors.length} actors, ${g.quotes.length} quotes, ${g.figures.length} figures`);
}

function astroBin(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

/**
 * The parent's environment without what Vite and Vitest put there: an inherited `BASE_URL=/` (set
 * by Vitest) would override the `--base` of the build in every page, `NODE_ENV=test` its mode.
 */
export function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) continue;
    out[key] = value;
  }
  return out;
}

export function runAstroBuild(req: Omit<BuildRequest, 'log'> & { log?: (line: string) => void }): Promise<void> {
  let astro: string;
  try {
    astro = astroBin(req.root);
  } catch {
    return Promise.reject(new Error(`Astro is not installed in ${req.root} (run \`npm ci\`)`));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--base', req.base, '--outDir', req.outDir], {
      cwd: req.root,
      env: { ...cleanEnv(process.env), ...req.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer): void => { output = (output + chunk.toString('utf8')).slice(-20000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`astro build failed (exit ${code}):\n${output.trim().split('\n').slice(-25).join('\n')}`));
    });
  });
}

export const defaultBuild: BuildFn = async (req) => {
  req.log('running the pipeline (seeds → content/)');
  await runProjectPipeline(req.root, req.log);
  req.log(`astro build --base ${req.base}`);
  await runAstroBuild(req);
  const search = await indexSite(req.outDir);
  req.log(`search index: ${search.pages} pages`);
};
