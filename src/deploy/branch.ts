/**
 * Reading and committing the deploy branch with git plumbing, never touching any working tree:
 * a temporary index starts from the branch's current tree, the touched paths are replaced by
 * what is in a staging folder, and the branch moves with a compare-and-swap `update-ref`, so every
 * other file keeps its exact blob and a concurrent change makes the commit fail instead of
 * being overwritten.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, gitMaybe, gitReadBlob } from './git.ts';

const ZERO = '0000000000000000000000000000000000000000';

/** Commit id of `refs/heads/<branch>`, or null when the branch does not exist. */
export async function branchHead(gitDir: string, branch: string): Promise<string | null> {
  const out = await gitMaybe(['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], { cwd: gitDir });
  return out ? out.trim() : null;
}

/** A file of a commit as bytes, or null when there is no commit (empty branch) or no such file. */
export async function readFileAt(gitDir: string, commit: string | null, path: string): Promise<Buffer | null> {
  if (commit === null) return null;
  return gitReadBlob(gitDir, `${commit}:${path}`);
}

/** Paths of all files on the branch (sorted), or [] when it does not exist. */
export async function branchFiles(gitDir: string, branch: string, under?: string): Promise<string[]> {
  if ((await branchHead(gitDir, branch)) === null) return [];
  const args = ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', '-z', `refs/heads/${branch}`];
  if (under) args.push('--', under);
  const out = await git(args, { cwd: gitDir });
  return out.split('\0').filter(Boolean).sort();
}

/** Refuse to move a branch that a working tree has checked out (its files would silently go stale). */
export async function assertNotCheckedOut(gitDir: string, branch: string): Promise<void> {
  const out = await gitMaybe(['--git-dir', gitDir, 'worktree', 'list', '--porcelain'], { cwd: gitDir });
  if (!out) return;
  let path = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('worktree ')) path = line.slice('worktree '.length);
    if (line === `branch refs/heads/${branch}`) {
      throw new Error(`branch ${branch} is checked out in ${path}: switch that working tree to another branch first, then deploy again`);
    }
  }
}

async function identityEnv(gitDir: string): Promise<Record<string, string>> {
  const name = (await gitMaybe(['--git-dir', gitDir, 'config', 'user.name'], { cwd: gitDir }))?.trim();
  const email = (await gitMaybe(['--git-dir', gitDir, 'config', 'user.email'], { cwd: gitDir }))?.trim();
  const env: Record<string, string> = {};
  if (!name && !process.env.GIT_AUTHOR_NAME) { env.GIT_AUTHOR_NAME = 'Dossier'; env.GIT_COMMITTER_NAME = 'Dossier'; }
  if (!email && !process.env.GIT_AUTHOR_EMAIL) { env.GIT_AUTHOR_EMAIL = 'dossier@localhost'; env.GIT_COMMITTER_EMAIL = 'dossier@localhost'; }
  return env;
}

export interface CommitRequest {
  gitDir: string;
  branch: string;
  /** Folder whose layout mirrors the branch root for the touched paths. */
  stage: string;
  /** Top-level files or folders to replace with what the stage holds (absent in the stage = deleted). */
  paths: readonly string[];
  message: string;
  /** Commit to build on; defaults to the branch head. Used when starting from a remote-tracking branch. */
  parent?: string | null;
}

export interface CommitResult {
  /** New commit, or the unchanged head when the tree did not change. */
  commit: string;
  changed: boolean;
}

export async function commitStage(req: CommitRequest): Promise<CommitResult> {
  const { gitDir, branch, stage, paths, message } = req;
  const head = await branchHead(gitDir, branch);
  const parent = req.parent === undefined ? head : req.parent;
  const tmp = await mkdtemp(join(tmpdir(), 'dossier-index-'));
  const env = { GIT_INDEX_FILE: join(tmp, 'index'), ...(await identityEnv(gitDir)) };
  const base = ['--git-dir', gitDir, '--work-tree', stage];
  const opts = { cwd: stage, env };
  try {
    await git([...base, 'read-tree', ...(parent ? [parent] : ['--empty'])], opts);
    await git([...base, 'rm', '--cached', '-r', '-f', '-q', '--ignore-unmatch', '--', ...paths.map(literal)], opts);
    const present: string[] = [];
    for (const p of paths) if (await exists(join(stage, p))) present.push(p);
    if (present.length > 0) await git([...base, 'add', '-f', '-A', '--', ...present.map(literal)], opts);
    const tree = (await git([...base, 'write-tree'], opts)).trim();
    if (parent) {
      const parentTree = (await git(['--git-dir', gitDir, 'rev-parse', `${parent}^{tree}`], opts)).trim();
      if (parentTree === tree && parent === head) return { commit: parent, changed: false };
    }
    const commit = (await git([...base, 'commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'], { ...opts, input: message })).trim();
    await git(['--git-dir', gitDir, 'update-ref', '-m', `dossier: ${message.split('\n')[0]}`, `refs/heads/${branch}`, commit, head ?? ZERO], opts);
    return { commit, changed: true };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A pathspec that matches exactly this path (no globbing). */
function literal(path: string): string {
  return `:(literal)${path}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
