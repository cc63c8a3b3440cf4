/**
 * The git CLI through child_process, with errors that say which command failed and why.
 * Every call disables line-ending conversion so published files are stored byte for byte.
 */
import { execFile } from 'node:child_process';

export class GitError extends Error {
  readonly args: readonly string[];
  readonly stderr: string;
  readonly code: number | null;
  constructor(args: readonly string[], code: number | null, stderr: string) {
    const detail = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ');
    super(`git ${args.join(' ')} failed${code === null ? '' : ` (exit ${code})`}${detail ? `: ${detail}` : ''}`);
    this.name = 'GitError';
    this.args = args;
    this.stderr = stderr;
    this.code = code;
  }
}

export interface GitOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Bytes to write to stdin. */
  input?: string;
}

const SAFE = ['-c', 'core.autocrlf=false', '-c', 'core.safecrlf=false', '-c', 'core.quotepath=false'];

/** Run git; resolve with stdout (as a string), reject with GitError. */
export function git(args: readonly string[], opts: GitOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', [...SAFE, ...args], {
      cwd: opts.cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    }, (err, stdout, stderr) => {
      if (err) {
        const code = typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null;
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new Error('git is not installed or not on PATH: Dossier deploys need the git command line'));
          return;
        }
        reject(new GitError(args, code, stderr || err.message));
        return;
      }
      resolve(stdout);
    });
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** Like git(), but returns null instead of throwing when git exits non-zero (for probes). */
export async function gitMaybe(args: readonly string[], opts: GitOptions): Promise<string | null> {
  try {
    return await git(args, opts);
  } catch (e) {
    if (e instanceof GitError) return null;
    throw e;
  }
}

/** Read one file from a commit-ish as raw bytes (`git cat-file blob`), or null when it does not exist. */
export function gitReadBlob(gitDir: string, spec: string): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    execFile('git', [...SAFE, '--git-dir', gitDir, 'cat-file', 'blob', spec], {
      cwd: gitDir, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' },
    }, (err, stdout) => {
      if (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') reject(new Error('git is not installed or not on PATH'));
        else resolve(null);
        return;
      }
      resolve(stdout);
    });
  });
}
