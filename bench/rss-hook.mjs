// Preloaded into the benchmark's child Node processes (NODE_OPTIONS=--import): on exit, writes this process's peak RSS
// (KiB, from getrusage) to $DOSSIER_RSS_DIR/<pid>. Does nothing without that variable.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const dir = process.env.DOSSIER_RSS_DIR;
if (dir && isMainThread) {
  process.on('exit', () => {
    try {
      writeFileSync(`${dir}/${process.pid}`, String(process.resourceUsage().maxRSS));
    } catch {
      // the folder is gone: the benchmark has stopped listening
    }
  });
}
