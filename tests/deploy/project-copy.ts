/**
 * A throwaway copy of this project (its own git repository, sharing node_modules by symlink), so a
 * test can change seeds, commit and deploy real builds without touching the working tree.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sh, tempDir } from './helpers.ts';

/** Files of the project (tracked and new, not ignored), without the tests. */
export function copyProject(from: string): string {
  const root = tempDir('site');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: from, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !f.startsWith('tests/') && f !== 'node_modules' && existsSync(join(from, f)) && lstatSync(join(from, f)).isFile());
  for (const f of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    cpSync(join(from, f), join(root, f));
  }
  symlinkSync(join(from, 'node_modules'), join(root, 'node_modules'), 'dir');
  sh(root, ['init', '-q', '-b', 'main']);
  sh(root, ['add', '-A']);
  sh(root, ['commit', '-q', '-m', 'copy']);
  return root;
}
