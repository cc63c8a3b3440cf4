// Preloaded into the benchmark's child Node processes (NODE_OPTIONS=--import): on exit, writes this process's peak RSS
// (KiB, from getrusage) and CPU time (µs, user + system, all threads) to $DOSSIER_RSS_DIR/<pid> as JSON. Does nothing
// without that variable.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const dir = process.env.DOSSIER_RSS_DIR;
if (dir && isMainThread) {
  process.on('exit', () => {
    try {
      const u = process.resourceUsage();
      writeFileSync(`${dir}/${process.pid}`, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
    } catch {
      // the folder is gone: the benchmark has stopped listening
    }
  });
}
