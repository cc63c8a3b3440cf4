/** `dossier pipeline`: seeds/ → content/ (MDX pages, graph.json, review.json). */
import { performance } from 'node:perf_hooks';
import { formatDiagnostic, isProblem } from '../../model/diagnostic.ts';
import { runPipelineBounded } from '../../pipeline-bounded.ts';
import type { PipelineSummary } from '../../pipeline-summary.ts';
import { flagString, parseArgs } from '../args.ts';
import { progress } from '../progress.ts';

export interface PipelineRun {
  code: number;
  result: PipelineSummary;
}

export async function pipelineCommand(args: string[], root = process.cwd()): Promise<PipelineRun> {
  const parsed = parseArgs(args, ['seeds', 'content']);
  const quiet = parsed.flags.has('quiet');
  const strict = parsed.flags.has('strict');
  const out = progress(quiet);
  const start = performance.now();
  const result = await runPipelineBounded({
    root,
    seedsDir: flagString(parsed, 'seeds'),
    contentDir: flagString(parsed, 'content'),
    onStage: out.stage,
  });
  for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  const g = result.counts;
  const warnings = result.diagnostics.filter(isProblem).length;
  process.stderr.write(
    `dossier: ${g.sources} sources, ${g.actors} actors, ${g.quotes} quotes, ${g.figures} figures, ` +
      `${g.events} events, ${result.fileCount} files (${result.write.written.length} rewritten, ` +
      `${result.write.removed.length} removed; ${result.pageGroups.built} of ${result.pageGroups.total} page groups built), ` +
      `${warnings} warning${warnings === 1 ? '' : 's'}, ` +
      `${((performance.now() - start) / 1000).toFixed(2)} s\n`,
  );
  const code = strict && warnings > 0 ? 1 : 0;
  if (code) process.stderr.write('dossier: --strict: failing because of the warnings above\n');
  return { code, result };
}

export async function run(args: string[]): Promise<number> {
  return (await pipelineCommand(args)).code;
}
