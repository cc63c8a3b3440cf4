/**
 * Extraction of many sources on all cores: worker threads (node:worker_threads) each take batches of Sources and run
 * the extract stage on them. Results come back in input order, equal to running `extract` inline. Small inputs run
 * inline: starting a worker (loading the extractor and its lexicons) costs more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extract } from '../extract/index.ts';
import type { SourceExtraction } from '../extract/index.ts';
import type { Source } from '../model/source.ts';
import type { Reply, Request } from './protocol.ts';

export interface ParallelOptions {
  /** Number of worker threads; 'auto' = available cores. 0 or 1 = inline. */
  workers?: number | 'auto';
  /** Fewer sources than this are extracted inline (default 200). */
  threshold?: number;
  /** Sources per message (default 32). */
  batch?: number;
  /** Told how many worker threads will run (0 = inline). */
  onPlan?: (workers: number) => void;
}

export function workerCount(workers: number | 'auto' = 'auto'): number {
  return workers === 'auto' ? availableParallelism() : Math.max(0, Math.floor(workers));
}

export async function extractAll(sources: readonly Source[], options: ParallelOptions = {}): Promise<SourceExtraction[]> {
  const count = Math.min(workerCount(options.workers), Math.ceil(sources.length / (options.batch ?? 32)));
  if (count <= 1 || sources.length < (options.threshold ?? 200)) {
    options.onPlan?.(0);
    return sources.map((s) => extract(s));
  }
  options.onPlan?.(count);
  return inWorkers(sources, count, options.batch ?? 32);
}

function inWorkers(sources: readonly Source[], count: number, batch: number): Promise<SourceExtraction[]> {
  const results = new Array<SourceExtraction>(sources.length);
  const url = new URL('./worker.ts', import.meta.url);
  const workers: Worker[] = [];
  let next = 0;
  let pending = 0;
  return new Promise<SourceExtraction[]>((resolve, reject) => {
    let failed = false;
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      if (next >= sources.length) {
        if (pending === 0) finish();
        return;
      }
      const request: Request = { id: next, sources: sources.slice(next, next + batch) };
      next += request.sources.length;
      pending++;
      worker.postMessage(request);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(url);
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        pending--;
        if ('error' in reply) {
          finish(new Error(`extraction failed in a worker (sources from #${reply.id}): ${reply.error}`));
          return;
        }
        reply.results.forEach((r, j) => {
          results[reply.id + j] = r;
        });
        feed(worker);
      });
      worker.on('error', (e) => finish(e as Error));
      worker.on('exit', (code) => {
        if (code !== 0 && !failed && (next < sources.length || pending > 0)) finish(new Error(`extraction worker exited with code ${code}`));
      });
      feed(worker);
    }
  });
}
