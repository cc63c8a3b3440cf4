/**
 * Runs a child process and measures its wall time and peak memory. Peak RSS is taken two ways, and the larger is kept:
 * every Node process of the tree reports `process.resourceUsage().maxRSS` when it exits (a preloaded hook,
 * bench/rss-hook.mjs, through NODE_OPTIONS), and /proc/<pid>/status VmHWM is polled for the whole process tree (catches
 * non-Node children such as Pagefind's binary). RSS is per process: the figure is the largest single process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

export interface Measured {
  code: number;
  ms: number;
  /** Peak resident set size of the largest process of the tree, bytes. */
  peakRss: number;
  /** CPU time (user + system, all threads) of the Node processes of the tree, ms. Unlike wall time, barely affected by other load on the machine. */
  cpuMs: number;
  stdout: string;
}

export interface MeasureOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Show the child's stderr (progress lines) on ours. */
  showStderr?: boolean;
}

const HOOK = pathToFileURL(path.join(import.meta.dirname, 'rss-hook.mjs')).href;

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = tree.get(ppid) ?? [];
      list.push(Number(name));
      tree.set(ppid, list);
    } catch {
      // process ended meanwhile
    }
  }
  return tree;
}

function hwm(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treePeak(root: number): number {
  const tree = children();
  let peak = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    peak = Math.max(peak, hwm(pid));
    stack.push(...(tree.get(pid) ?? []));
  }
  return peak;
}

export function measure(command: string, args: string[], options: MeasureOptions): Promise<Measured> {
  const reports = mkdtempSync(path.join(tmpdir(), 'dossier-rss-'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${HOOK}`.trim(),
    DOSSIER_RSS_DIR: reports,
  };
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', options.showStderr ? 'inherit' : 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let sampled = 0;
  const timer = setInterval(() => {
    if (child.pid) sampled = Math.max(sampled, treePeak(child.pid));
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      clearInterval(timer);
      let reported = 0;
      let cpu = 0;
      for (const f of readdirSync(reports)) {
        const r = JSON.parse(readFileSync(path.join(reports, f), 'utf8')) as { maxRSS: number; cpu: number };
        reported = Math.max(reported, r.maxRSS * 1024);
        cpu += r.cpu / 1000;
      }
      rmSync(reports, { recursive: true, force: true });
      if (code !== 0 && !options.showStderr) process.stderr.write(stderr);
      resolve({ code: code ?? 1, ms, peakRss: Math.max(sampled, reported), cpuMs: cpu, stdout });
    });
  });
}
