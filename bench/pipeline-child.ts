/**
 * Runs Dossier's pipeline once in its own process for the benchmark (so its memory is measured alone): progress lines
 * on stderr, a JSON summary as the last line of stdout.
 *
 *   npx node bench/pipeline-child.ts --root <project> --seeds <dir> [--no-cache] [--workers N] [--quiet]
 */
import { enableCompileCache } from 'node:module';
import { performance } from 'node:perf_hooks';

// As the CLI does (src/cli/main.ts): compiled modules kept between runs.
enableCompileCache();
const { progress } = await import('../src/cli/progress.ts');
const { runPipelineBounded } = await import('../src/pipeline-bounded.ts');

const args = process.argv.slice(2);
const get = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = get('--root') ?? process.cwd();
const workers = get('--workers');
const out = progress(args.includes('--quiet'));
const start = performance.now();
const cpuStart = process.cpuUsage();
// As `dossier pipeline` runs it: in a worker thread with a heap budget (src/pipeline-bounded.ts).
const result = await runPipelineBounded({
  root,
  seedsDir: get('--seeds'),
  cacheDir: args.includes('--no-cache') ? null : undefined,
  workers: workers === undefined ? 'auto' : Number(workers),
  onStage: (stage, ms, count) => out.stage(stage, ms, count),
});
const total = performance.now() - start;
const g = result.counts;
const sizes = result.write.sizes;
const summary = {
  total,
  timings: result.timings,
  ...g,
  files: sizes.length,
  pages: sizes.filter(([f]) => f.endsWith('.mdx') || f.endsWith('.md')).length,
  bytes: sizes.reduce((n, [, size]) => n + size, 0),
  largest: sizes.filter(([f]) => f.endsWith('.mdx')).map(([file, bytes]) => ({ file, bytes })).sort((a, b) => b.bytes - a.bytes)[0] ?? null,
  groups: result.pageGroups,
  written: result.write.written.length,
  writtenFiles: result.write.written.slice(0, 20),
  removed: result.write.removed.length,
  diagnostics: result.diagnostics.length,
  maxRss: process.resourceUsage().maxRSS * 1024,
  /** CPU time of the pipeline itself (all threads), from just before runPipeline: excludes Node start-up. */
  cpu: (() => {
    const u = process.cpuUsage(cpuStart);
    return (u.user + u.system) / 1000;
  })(),
};
process.stdout.write(JSON.stringify(summary) + '\n');
