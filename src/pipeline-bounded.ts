/**
 * The pipeline with a memory budget. V8 lets a heap grow towards its limit (a quarter of the machine's memory) before
 * it collects hard, so a run at 5,000 sources that holds under 500 MB of live data reached 1.8 GB. Run in a worker
 * thread whose heap is capped in proportion to the archive (`heapBudgetMb`), the same run stays under 1 GB at no cost
 * in time (docs/performance.md). Should an archive need more than the budget, the worker runs out of memory and the
 * run starts again in this thread without a cap, saying so: a budget can make a run slower, never fail it.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DossierError, type Diagnostic } from './model/diagnostic.ts';
import type { PipelineOptions } from './pipeline.ts';
import type { PipelineSummary } from './pipeline-summary.ts';

/** Heap for a run over `sources` seed files, in MB: what the benchmark's archives need, with room to spare. */
export function heapBudgetMb(sources: number): number {
  return Math.round(416 + 0.04 * sources);
}

async function countSeeds(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((e) => /\.(txt|md|markdown|html?)$/i.test(e)).length;
}

export interface BoundedOptions extends PipelineOptions {
  /** Where a note goes when the budget was too small (default stderr). */
  note?: (text: string) => void;
}

export async function runPipelineBounded(options: BoundedOptions): Promise<PipelineSummary> {
  const { onStage, note, ...rest } = options;
  const seeds = await countSeeds(path.resolve(options.root, options.seedsDir ?? 'seeds'));
  const budget = heapBudgetMb(seeds);
  const worker = new Worker(new URL('./pipeline-worker.ts', import.meta.url), {
    workerData: rest,
    resourceLimits: { maxOldGenerationSizeMb: budget },
  });
  try {
    return await new Promise<PipelineSummary>((resolve, reject) => {
      type Message =
        | { type: 'stage'; stage: Parameters<NonNullable<PipelineOptions['onStage']>>[0]; ms: number; count: number }
        | { type: 'done'; summary: PipelineSummary }
        | { type: 'fail'; diagnostic: Diagnostic };
      worker.on('message', (m: Message) => {
        if (m.type === 'stage') onStage?.(m.stage, m.ms, m.count);
        else if (m.type === 'done') resolve(m.summary);
        else reject(new DossierError(m.diagnostic));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the pipeline's worker stopped (exit ${code})`)));
    });
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw e;
    (note ?? ((t) => process.stderr.write(t + '\n')))(`dossier: ${seeds} sources needed more than ${budget} MB of memory; running again without a limit`);
    // (Loaded only now: the thread that starts the worker holds none of the pipeline's modules.)
    const [{ runPipeline }, { summarize }] = await Promise.all([import('./pipeline.ts'), import('./pipeline-summary.ts')]);
    return summarize(await runPipeline(options));
  } finally {
    await worker.terminate();
  }
}
