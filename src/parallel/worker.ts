/** Worker thread of the extraction pool: receives batches of Sources, answers with their extractions. */
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.ts';
import type { Source } from '../model/source.ts';
import type { Reply, Request } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('src/parallel/worker.ts must run in a worker thread');
port.on('message', (request: Request) => {
  let reply: Reply;
  try {
    reply = { id: request.id, results: request.sources.map((s: Source) => extract(s)) };
  } catch (e) {
    const err = e as Error;
    reply = { id: request.id, error: `${err.message}\n${err.stack ?? ''}` };
  }
  port.postMessage(reply);
});
