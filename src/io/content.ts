/**
 * Writing `content/`: the output end of the pipeline.
 *
 * The new tree is assembled beside the old one and swapped in with renames, so an interrupted or
 * failing run leaves the previous `content/` whole. Unchanged files are hard-linked from the old tree
 * (same inode, same mtime), so only files whose bytes changed are rewritten and Astro's content cache
 * stays warm. Files Dossier wrote are listed in a manifest; files of removed seeds disappear; hand-written
 * files under `notes/` are carried over; any other file Dossier did not write makes the run refuse.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DossierError, error } from '../model/diagnostic.ts';

export const MANIFEST = '.dossier-manifest.json';
/** Folders under content/ that belong to editors, never written or deleted by Dossier. */
export const EDITOR_FOLDERS = ['notes'] as const;

export interface WriteReport {
  /** Files whose bytes changed or are new. */
  written: string[];
  unchanged: number;
  /** Generated files that no longer exist. */
  removed: string[];
  /** Every generated file of the new tree: its hash and what `stat` says of it (for `verifyOnDisk` next time). */
  records: Map<string, FileRecord>;
}

/** A generated file as written: the hash of its text, its size and modification time. */
export interface FileRecord { hash: string; size: number; mtimeMs: number }

/** The hash of a file's text (the same as src/emit/memo.ts `contentHash`). */
export function textHash(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * Which recorded files are still on disk as written (same size and modification time: nobody edited or replaced
 * them), with their hashes: those need not be read to know their bytes.
 */
export async function verifyOnDisk(target: string, records: ReadonlyMap<string, FileRecord>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = [...records];
  for (let i = 0; i < entries.length; i += 128) {
    await Promise.all(entries.slice(i, i + 128).map(async ([rel, r]) => {
      const info = await stat(path.join(target, rel)).catch(() => null);
      if (info && info.isFile() && info.size === r.size && info.mtimeMs === r.mtimeMs) out.set(rel, r.hash);
    }));
  }
  return out;
}

export interface WriteOptions {
  /** Files to keep as they are in the tree (path → hash): built in an earlier run, unchanged since (`verifyOnDisk`). */
  kept?: ReadonlyMap<string, string>;
  /** Files known to be on disk as written, with their hashes (`verifyOnDisk`): compared by hash, not read. */
  onDisk?: ReadonlyMap<string, string>;
  /** Their records, carried over for files that are linked, not written. */
  records?: ReadonlyMap<string, FileRecord>;
}

async function listTree(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listTree(dir, rel)));
    else out.push(rel);
  }
  return out;
}

async function readManifest(dir: string): Promise<Set<string>> {
  try {
    const data = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as { files?: unknown };
    return new Set(Array.isArray(data.files) ? data.files.filter((f): f is string => typeof f === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Hand-written files under the editor's folders, relative to `target` (`notes/actors/x.mdx`). */
export async function listNotes(target: string): Promise<string[]> {
  return (await listTree(target)).filter(isEditorFile).sort();
}

function isEditorFile(rel: string): boolean {
  return EDITOR_FOLDERS.some((folder) => rel === folder || rel.startsWith(folder + '/'));
}

/** A previous run killed between its two renames leaves `content` missing and `.content.old-*` whole: put it back. */
async function recover(target: string): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter(
    (n) => n.startsWith(`.${base}.old-`) || n.startsWith(`.${base}.new-`),
  );
  for (const name of leftovers.sort()) {
    const full = path.join(parent, name);
    if (name.startsWith(`.${base}.old-`) && !existsSync(target)) await rename(full, target);
    else await rm(full, { recursive: true, force: true });
  }
}

/** A generated path must be relative, stay inside content/, and be a plain file name in every segment. */
function assertSafePath(target: string, rel: string): void {
  const segments = rel.split('/');
  const unsafe =
    path.isAbsolute(rel) ||
    rel.includes('\\') ||
    segments.some((s) => s === '' || s === '.' || s === '..' || /[\u0000-\u001f]/.test(s)) ||
    rel === MANIFEST;
  if (unsafe) {
    throw new DossierError(
      error(target, 'unsafe-path', `refusing to write ${JSON.stringify(rel)}: generated paths must stay inside ${target}`, {
        hint: 'this is a bug in the emit stage; nothing was written — please report it with the seed that caused it',
      }),
    );
  }
}

const WRITE_BATCH = 32;

/**
 * Replaces the generated files of `target` by `files` (relative path → text) and the `kept` ones. Throws
 * DossierError, with `target` untouched, when a file there was not written by Dossier.
 */
export async function writeContentTree(target: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): Promise<WriteReport> {
  const kept = options.kept ?? new Map<string, string>();
  const onDisk = options.onDisk ?? new Map<string, string>();
  for (const rel of [...files.keys(), ...kept.keys()]) assertSafePath(target, rel);
  await recover(target);
  const known = await readManifest(target);
  const existing = (await listTree(target)).filter((rel) => rel !== MANIFEST);
  const foreign = existing.filter((rel) => !known.has(rel) && !isEditorFile(rel) && !files.has(rel) && !kept.has(rel));
  if (foreign.length > 0) {
    throw new DossierError(
      error(path.join(target, foreign[0]!), 'foreign-content', 'this file was not written by Dossier and is not under notes/', {
        hint: 'move hand-written pages to content/notes/<actors|topics>/<slug>.mdx, or delete the file',
      }),
    );
  }

  const stamp = `${process.pid}-${Date.now()}`;
  const parent = path.dirname(target);
  const staging = path.join(parent, `.${path.basename(target)}.new-${stamp}`);
  const retired = path.join(parent, `.${path.basename(target)}.old-${stamp}`);
  const report: WriteReport = { written: [], unchanged: 0, removed: [], records: new Map() };
  try {
    const sorted = [...new Set([...files.keys(), ...kept.keys()])].sort();
    for (const dir of new Set(sorted.map((rel) => path.dirname(path.join(staging, rel))))) await mkdir(dir, { recursive: true });
    // Files in parallel batches (thousands of pages: one at a time waits on the disk for each).
    const outcome = new Array<boolean>(sorted.length);
    const one = async (rel: string, i: number) => {
      const dest = path.join(staging, rel);
      const old = path.join(target, rel);
      const text = files.get(rel);
      if (text === undefined) {
        // Kept from the last run: on disk as written (verifyOnDisk), so linked as it is.
        await link(old, dest);
        const record = options.records?.get(rel);
        if (record) report.records.set(rel, record);
        outcome[i] = true;
        return;
      }
      const hash = textHash(text);
      // The same bytes as the file already there: linked (so Astro's content cache stays warm), never rewritten.
      const same = known.has(rel) && (onDisk.has(rel) ? onDisk.get(rel) === hash : (await readFile(old, 'utf8').catch(() => null)) === text);
      if (same) await link(old, dest);
      else await writeFile(dest, text);
      const info = await stat(dest);
      report.records.set(rel, { hash, size: info.size, mtimeMs: info.mtimeMs });
      outcome[i] = same;
    };
    for (let i = 0; i < sorted.length; i += WRITE_BATCH) {
      await Promise.all(sorted.slice(i, i + WRITE_BATCH).map((rel, k) => one(rel, i + k)));
    }
    sorted.forEach((rel, i) => {
      if (outcome[i]) report.unchanged++;
      else report.written.push(rel);
    });
    for (const rel of existing.filter(isEditorFile)) {
      const dest = path.join(staging, rel);
      await mkdir(path.dirname(dest), { recursive: true });
      await link(path.join(target, rel), dest);
    }
    report.removed = [...known].filter((rel) => !files.has(rel) && !kept.has(rel)).sort();
    await writeFile(path.join(staging, MANIFEST), JSON.stringify({ generator: 'dossier', files: sorted }, null, 2) + '\n');
    if (existsSync(target)) await rename(target, retired);
    await rename(staging, target);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(retired)) await rename(retired, target);
    throw e;
  }
  await rm(retired, { recursive: true, force: true });
  return report;
}
