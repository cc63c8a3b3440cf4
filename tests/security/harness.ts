/**
 * End-to-end harness: a throwaway Dossier project (a copy of this repository's site code, its own seeds/
 * and content/, node_modules linked), the pipeline run on it, and `astro build` into its own dist/.
 * Nothing under the repository's seeds/, content/ or dist/ is touched.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { astroBin } from '../../src/cli/astro.ts';
import type { SeedSpec } from './cases.ts';

export const REPO = path.resolve(import.meta.dirname, '../..');

/** Files of the repository a site build needs (content/ and seeds/ excluded: each project has its own). */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export async function makeProject(label: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `dossier-${label}-`));
  for (const name of PROJECT_FILES) {
    const from = path.join(REPO, name);
    if (existsSync(from)) await cp(from, path.join(root, name), { recursive: true });
  }
  await symlink(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await mkdir(path.join(root, 'seeds'), { recursive: true });
  return root;
}

export async function writeSeeds(root: string, seeds: readonly SeedSpec[]): Promise<void> {
  for (const seed of seeds) await writeFile(path.join(root, 'seeds', seed.name), await seed.bytes());
}

export interface BuildResult {
  code: number;
  output: string;
}

/** `astro build` in `root`, with the same Node as the tests. */
export function buildSite(root: string, timeoutMs = 170_000): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astroBin(REPO), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => [])) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** Name, size, mtime and hash of every file (dot-files included) under `dir`. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rel of await listFiles(dir)) {
    const full = path.join(dir, rel);
    const info = await stat(full);
    const hash = createHash('sha256').update(await readFile(full)).digest('hex');
    out[rel] = `${info.size} ${info.mtimeMs} ${info.mode.toString(8)} ${hash}`;
  }
  return out;
}

export const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The text a reader sees on a page (scripts, styles and templates excluded), whitespace-normalised. */
export function pageText(html: string): string {
  const tree: Root = fromHtml(html);
  return normalise(toText(tree));
}
