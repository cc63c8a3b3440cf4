/** Runs the project's Astro CLI with the same Node that runs Dossier. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export function astroBin(root: string): string {
  const require = createRequire(path.join(root, 'package.json'));
  return path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

export function runAstro(args: string[], root: string, quiet = false): number {
  const child = spawnSync(process.execPath, [astroBin(root), ...args], {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return child.status ?? 1;
}
