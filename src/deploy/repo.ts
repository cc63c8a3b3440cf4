/**
 * Where a deploy goes: the git directory holding the deploy branch, and where `--push` sends it.
 * `--repo` may be a local repository (bare or not; default: the project's own) or a URL, which is
 * cloned bare into a temporary folder and pushed back.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { git, gitMaybe } from './git.ts';
import { branchHead } from './branch.ts';

export interface DeployTarget {
  gitDir: string;
  branch: string;
  /** Remote name or URL that `--push` pushes to; null when not pushing. */
  pushTo: string | null;
  /** Commit to build the next deploy commit on (the branch head, or the remote's when the local branch is behind or missing). */
  parent: string | null;
  /** For messages: the repository as the user named it. */
  label: string;
  cleanup(): Promise<void>;
}

export interface OpenTargetOptions {
  /** Project root (used when `repo` is not given). */
  root: string;
  repo?: string | undefined;
  branch: string;
  remote: string;
  push: boolean;
  /** True for commands that write (deploy, delete-version): a URL then requires --push. */
  writing: boolean;
}

function looksLikeUrl(repo: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(repo) || /^[^/\\]+@[^/\\:]+:/.test(repo);
}

export async function openTarget(o: OpenTargetOptions): Promise<DeployTarget> {
  const repo = o.repo ?? o.root;
  if (looksLikeUrl(repo) && !existsSync(repo)) return openRemote(repo, o);
  const dir = resolve(repo);
  if (!existsSync(dir)) throw new Error(`repository not found: ${repo} (give a local path or a URL with --repo)`);
  const common = await gitMaybe(['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: dir });
  if (!common) throw new Error(`not a git repository: ${dir} (run \`git init\`, or pass --repo <path-or-url>)`);
  const gitDir = common.trim();
  let parent = await branchHead(gitDir, o.branch);
  let pushTo: string | null = null;
  if (o.push) {
    const url = await gitMaybe(['--git-dir', gitDir, 'remote', 'get-url', o.remote], { cwd: gitDir });
    if (!url) throw new Error(`--push: ${repo} has no remote "${o.remote}" (add one with \`git remote add ${o.remote} <url>\`, or pass --remote <name>)`);
    pushTo = o.remote;
    parent = await catchUp(gitDir, o.branch, o.remote, parent);
  } else if (parent === null) {
    // First deploy from a clone: build on the remote's branch instead of starting a new history.
    const tracking = await gitMaybe(['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', `refs/remotes/${o.remote}/${o.branch}^{commit}`], { cwd: gitDir });
    if (tracking) parent = tracking.trim();
  }
  return { gitDir, branch: o.branch, pushTo, parent, label: repo, cleanup: async () => {} };
}

/** Fetch the remote's deploy branch; fast-forward onto it when the local branch is behind; refuse when they diverged. */
async function catchUp(gitDir: string, branch: string, remote: string, local: string | null): Promise<string | null> {
  const tracking = `refs/remotes/${remote}/${branch}`;
  const fetched = await gitMaybe(['--git-dir', gitDir, 'fetch', '--quiet', remote, `+refs/heads/${branch}:${tracking}`], { cwd: gitDir });
  if (fetched === null) {
    const heads = await gitMaybe(['--git-dir', gitDir, 'ls-remote', '--heads', remote, `refs/heads/${branch}`], { cwd: gitDir });
    if (heads === null) throw new Error(`--push: cannot reach remote "${remote}" (check the URL and your network, or deploy without --push)`);
    return local; // the remote has no deploy branch yet
  }
  const theirs = (await git(['--git-dir', gitDir, 'rev-parse', `${tracking}^{commit}`], { cwd: gitDir })).trim();
  if (local === null || local === theirs) return theirs;
  const ahead = await gitMaybe(['--git-dir', gitDir, 'merge-base', '--is-ancestor', theirs, local], { cwd: gitDir });
  if (ahead !== null) return local;
  const behind = await gitMaybe(['--git-dir', gitDir, 'merge-base', '--is-ancestor', local, theirs], { cwd: gitDir });
  if (behind !== null) return theirs;
  throw new Error(`--push: local ${branch} and ${remote}/${branch} have diverged; Dossier never force-pushes. `
    + `Reconcile them first (e.g. \`git branch -f ${branch} ${remote}/${branch}\` to drop the local-only deploys), then deploy again`);
}

async function openRemote(url: string, o: OpenTargetOptions): Promise<DeployTarget> {
  if (o.writing && !o.push) throw new Error(`--repo ${url} is a remote URL: add --push (the deploy commit would otherwise be lost)`);
  const tmp = await mkdtemp(join(tmpdir(), 'dossier-clone-'));
  const cleanup = () => rm(tmp, { recursive: true, force: true });
  try {
    const heads = await gitMaybe(['ls-remote', '--heads', url, `refs/heads/${o.branch}`], { cwd: tmp });
    if (heads === null) throw new Error(`cannot reach ${url} (check the URL, your credentials and network)`);
    const gitDir = join(tmp, 'repo.git');
    if (heads.trim()) await git(['clone', '--bare', '--quiet', '--single-branch', '--branch', o.branch, url, gitDir], { cwd: tmp });
    else await git(['init', '--bare', '--quiet', gitDir], { cwd: tmp });
    const parent = await branchHead(gitDir, o.branch);
    return { gitDir, branch: o.branch, pushTo: url, parent, label: url, cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** Push the deploy branch (never forced). */
export async function pushTarget(t: DeployTarget): Promise<void> {
  if (!t.pushTo) return;
  try {
    await git(['--git-dir', t.gitDir, 'push', '--quiet', t.pushTo, `refs/heads/${t.branch}:refs/heads/${t.branch}`], { cwd: t.gitDir });
  } catch (e) {
    throw new Error(`push to ${t.pushTo} failed; the deploy is committed locally on ${t.branch}. Dossier never force-pushes: `
      + `fetch and reconcile, then push with \`git push ${t.pushTo} ${t.branch}\`. (${(e as Error).message})`);
  }
}

/** Commit of the project and whether its working tree has uncommitted changes; null commit outside git. */
export async function projectState(root: string): Promise<{ commit: string | null; dirty: boolean; changes: string[] }> {
  const head = await gitMaybe(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root });
  const status = await gitMaybe(['status', '--porcelain', '--untracked-files=normal'], { cwd: root });
  if (status === null) return { commit: null, dirty: true, changes: ['(not a git repository)'] };
  const changes = status.split('\n').filter(Boolean);
  return { commit: head ? head.trim() : null, dirty: changes.length > 0, changes };
}
