/**
 * Builds the site from a map of content files in an isolated temp project: a copy of the project's
 * src/, public/ and config, with node_modules linked, and the given files as content/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface BuiltSite { root: string; dist: string; base: string; log: string }

export function buildSite(files: Map<string, string>, base = '/'): BuiltSite {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-site-'));
  for (const entry of ['src', 'public']) {
    const from = path.join(projectRoot, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(root, entry), { recursive: true });
  }
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json']) fs.copyFileSync(path.join(projectRoot, file), path.join(root, file));
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const [rel, text] of files) {
    const target = path.join(root, 'content', rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  const script = fileURLToPath(new URL('./astro-build.ts', import.meta.url));
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Vitest exports Vite's env (BASE_URL, MODE, NODE_ENV=test…): the child must not inherit it.
  for (const key of Object.keys(env)) if (/^(VITEST|VITE_)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV', 'DOSSIER_CONTENT_DIR'].includes(key)) delete env[key];
  const result = spawnSync(process.execPath, [script, root, base], { cwd: root, encoding: 'utf8', env });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${log}`);
  return { root, dist: path.join(root, 'dist'), base, log };
}

export function removeSite(site: BuiltSite): void {
  fs.rmSync(site.root, { recursive: true, force: true });
}
