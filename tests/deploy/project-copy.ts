/**
 * A throwaway copy of this project (its own git repository, sharing node_modules by symlink), so a
 * test can change seeds, commit and deploy real builds without touching the working tree.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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

/**
 * The version switcher belongs in the layout header. Until the layout includes it, the copy gets
 * the one line (plus its import) so the browser test exercises the real component.
 */
export function ensureSwitcherInLayout(root: string): boolean {
  const file = join(root, 'src', 'layouts', 'Base.astro');
  const text = readFileSync(file, 'utf8');
  if (text.includes('VersionSwitcher')) return false;
  if (!text.includes('<slot name="version" />')) throw new Error('Base.astro has neither <VersionSwitcher /> nor a version slot');
  const patched = text
    .replace(/^---\n/, "---\nimport VersionSwitcher from '../components/deploy/VersionSwitcher.astro';\n")
    .replace('<slot name="version" />', '<VersionSwitcher />');
  writeFileSync(file, patched);
  sh(root, ['commit', '-q', '-am', 'layout: version switcher']);
  return true;
}
