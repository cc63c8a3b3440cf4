/** Worker thread of a pool: loads the task's module once, then answers batches of items with outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Outcome, Reply, Request, Task } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('src/parallel/worker.ts must run in a worker thread');
const task = workerData as Task;
const mod = (await import(task.module)) as Record<string, unknown>;
const fn = mod[task.fn];
if (typeof fn !== 'function') throw new Error(`${task.module} has no exported function ${task.fn}`);

port.on('message', (request: Request) => {
  const outcomes: Outcome<unknown>[] = request.items.map((item) => {
    try {
      return { value: (fn as (item: unknown) => unknown)(item) };
    } catch (e) {
      const err = e as Error;
      return { error: err?.stack ?? String(e) };
    }
  });
  const reply: Reply = { id: request.id, outcomes };
  port.postMessage(reply);
});
