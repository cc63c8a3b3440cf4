/**
 * The built site shared by every browser, print and dist test: built once per state of the inputs
 * (src/, public/, content/, configs) into tests/.artifacts/site-<hash>/dist, by whichever test file
 * gets there first; the others wait for it. A re-run with nothing changed reuses the build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const artifacts = path.join(projectRoot, 'tests', '.artifacts');

const INPUTS = ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

function listFiles(entry: string): string[] {
  const full = path.join(projectRoot, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(projectRoot, path.join(d.parentPath, d.name)))
    .sort();
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(listFiles)) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(projectRoot, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export interface SharedSite {
  dist: string;
  /** Pages (root-relative paths) of the site by kind, from the built files. */
  log: string;
}

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Vitest exports Vite's env (BASE_URL, MODE, NODE_ENV=test…): the build must not inherit it.
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV', 'DOSSIER_CONTENT_DIR'].includes(key)) delete env[key];
  }
  return env;
}

function build(dir: string): string {
  const root = path.join(dir, 'project');
  fs.rmSync(root, { recursive: true, force: true });
  for (const entry of INPUTS) {
    const from = path.join(projectRoot, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(root, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const dist = path.join(dir, 'dist');
  const child = fileURLToPath(new URL('./build-child.ts', import.meta.url));
  const result = spawnSync(process.execPath, [child, root, dist], { cwd: root, encoding: 'utf8', env: childEnv() });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`site build failed (${result.status}):\n${log}`);
  return log;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The built site for the current inputs (builds it, or waits for another test file building it). */
export async function sharedSite(): Promise<SharedSite> {
  fs.mkdirSync(artifacts, { recursive: true });
  const dir = path.join(artifacts, `site-${inputsHash()}`);
  const done = path.join(dir, 'built.txt');
  const lock = `${dir}.lock`;
  for (let waited = 0; ; waited += 500) {
    if (fs.existsSync(done)) return { dist: path.join(dir, 'dist'), log: fs.readFileSync(done, 'utf8') };
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another test file is building; a lock older than 10 minutes is from a killed run.
      if (waited > 600_000 || Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      for (const old of fs.readdirSync(artifacts)) {
        if (/^site-[0-9a-f]+$/.test(old) && path.join(artifacts, old) !== dir) fs.rmSync(path.join(artifacts, old), { recursive: true, force: true });
      }
      const log = build(dir);
      fs.rmSync(path.join(dir, 'project'), { recursive: true, force: true });
      fs.writeFileSync(done, log);
      return { dist: path.join(dir, 'dist'), log };
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Every HTML page of the built site, as root-relative URL paths (`/actors/x/`). */
export function sitePages(dist: string): string[] {
  return fs
    .readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => `/${path.relative(dist, path.join(d.parentPath, d.name)).split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => !p.startsWith('/pagefind/'))
    .sort();
}
