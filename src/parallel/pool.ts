/**
 * Runs a pure per-item function on many items on all cores: worker threads (node:worker_threads) each load the
 * function's module once and take batches of items. Outcomes come back in input order, one per item (a thrown error
 * is that item's outcome). Small inputs run inline: starting a worker (loading the module) costs more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Outcome, Reply, Request, Task } from './protocol.ts';

export type { Outcome, Task };

export interface PoolOptions {
  /** Number of worker threads; 'auto' = available cores. 0 or 1 = inline. */
  workers?: number | 'auto';
  /** Fewer items than this run inline (default 200). */
  threshold?: number;
  /** Items per message (default 32). */
  batch?: number;
  /** Told how many worker threads will run (0 = inline). */
  onPlan?: (workers: number) => void;
}

export function workerCount(workers: number | 'auto' = 'auto'): number {
  return workers === 'auto' ? availableParallelism() : Math.max(0, Math.floor(workers));
}

/**
 * Heap of each worker, in MB. Without a cap a worker's heap grows far past what it holds (V8 collects late), and two
 * of them made most of the peak memory of a large run; a batch needs much less than this.
 */
export const WORKER_HEAP_MB = 256;

async function inline<I, O>(items: readonly I[], task: Task): Promise<Outcome<O>[]> {
  const fn = ((await import(task.module)) as Record<string, (item: I) => O>)[task.fn]!;
  return items.map((item) => {
    try {
      return { value: fn(item) };
    } catch (e) {
      return { error: (e as Error)?.stack ?? String(e) };
    }
  });
}

export async function mapTask<I, O>(items: readonly I[], task: Task, options: PoolOptions = {}): Promise<Outcome<O>[]> {
  const batch = options.batch ?? 32;
  const count = Math.min(workerCount(options.workers), Math.ceil(items.length / batch));
  if (count <= 1 || items.length < (options.threshold ?? 200)) {
    options.onPlan?.(0);
    return inline<I, O>(items, task);
  }
  options.onPlan?.(count);
  try {
    return await inWorkers<I, O>(items, task, count, batch);
  } catch (e) {
    // A batch too big for a worker's heap: the job is done in this thread instead (slower, never failed).
    if ((e as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw e;
    return inline<I, O>(items, task);
  }
}

function inWorkers<I, O>(items: readonly I[], task: Task, count: number, batch: number): Promise<Outcome<O>[]> {
  const results = new Array<Outcome<O>>(items.length);
  const workers: Worker[] = [];
  let next = 0;
  let pending = 0;
  let settled = false;
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      if (next >= items.length) {
        if (pending === 0) finish();
        return;
      }
      const request: Request = { id: next, items: items.slice(next, next + batch) };
      next += request.items.length;
      pending++;
      worker.postMessage(request);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: task, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        pending--;
        reply.outcomes.forEach((o, j) => {
          results[reply.id + j] = o as Outcome<O>;
        });
        feed(worker);
      });
      worker.on('error', (e) => finish(e as Error));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`worker for ${task.fn} exited early (code ${code})`));
      });
      feed(worker);
    }
  });
}

/** The values of outcomes; throws the first error. */
export function values<O>(outcomes: readonly Outcome<O>[], what: string): O[] {
  return outcomes.map((o, i) => {
    if ('error' in o) throw new Error(`${what} failed on item ${i}: ${o.error}`);
    return o.value;
  });
}
