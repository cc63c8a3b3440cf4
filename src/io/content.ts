/**
 * Writing `content/`: the output end of the pipeline.
 *
 * Only files whose bytes change are touched: each is written beside its place (`<file>.dossier-new`), then a journal
 * (`.dossier-journal.json`) naming every file to move in and every file to remove is written atomically, then the
 * moves and removals are made and the journal deleted. A run that fails or is interrupted before the journal leaves
 * the previous tree whole (the next run deletes the stray new files); one interrupted after it is completed by the
 * next run, which replays the journal first. Unchanged files keep their inode and mtime, so Astro's content cache
 * stays warm, and a run that changes a few pages costs a few writes whatever the size of the tree. Files Dossier
 * wrote are listed in a manifest; files of removed seeds disappear; hand-written files under `notes/` are left alone;
 * any other file Dossier did not write makes the run refuse.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
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

export const JOURNAL = '.dossier-journal.json';
/** Present while a run writes new files (so the next run knows to look for strays only after an interrupted one). */
const WRITING = '.dossier-writing';
const NEW = '.dossier-new';

interface Journal { moves: string[]; removes: string[] }

/** Makes the moves and removals of a committed journal (each at most once: replaying it again does nothing). */
async function apply(target: string, journal: Journal): Promise<void> {
  for (const rel of journal.removes) await unlink(path.join(target, rel)).catch(() => undefined);
  // Folders left empty by removals go (deepest first), so a new file may take a removed folder's name.
  const dirs = [...new Set(journal.removes.map((rel) => path.dirname(rel)).filter((d) => d !== '.'))].sort((a, b) => b.length - a.length);
  for (const dir of dirs) {
    for (let d = dir; d !== '.'; d = path.dirname(d)) if (!(await rmdir(path.join(target, d)).then(() => true, () => false))) break;
  }
  for (const rel of journal.moves) {
    const from = path.join(target, rel + NEW);
    if (existsSync(from)) await rename(from, path.join(target, rel));
  }
}

/**
 * What a previous run left: a committed journal is completed; new files of a run that never committed, and the
 * staging folders of older versions of Dossier, are deleted.
 */
async function recover(target: string): Promise<void> {
  const journalFile = path.join(target, JOURNAL);
  const journal = await readFile(journalFile, 'utf8').then((t) => JSON.parse(t) as Journal, () => null);
  if (journal) {
    await apply(target, journal);
    await unlink(journalFile);
  }
  if (existsSync(path.join(target, WRITING))) {
    for (const rel of await listTree(target)) if (rel.endsWith(NEW)) await unlink(path.join(target, rel)).catch(() => undefined);
    await unlink(path.join(target, WRITING));
  }
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

/** A path that is a file and a folder of another at once cannot be written: refused before anything is. */
function assertNoClash(target: string, paths: readonly string[]): void {
  const files = new Set(paths);
  for (const rel of paths) {
    for (let d = path.posix.dirname(rel); d !== '.'; d = path.posix.dirname(d)) {
      if (files.has(d)) {
        throw new DossierError(
          error(path.join(target, d), 'unsafe-path', `refusing to write ${JSON.stringify(d)} both as a file and as the folder of ${JSON.stringify(rel)}`, {
            hint: 'this is a bug in the emit stage; nothing was written — please report it with the seed that caused it',
          }),
        );
      }
    }
  }
}

/**
 * One run's writing of `target`: `put` each generated file as it is made (its new bytes go beside its place at once,
 * so a run never holds the whole site's text), `keep` each file reused from the last run, then `commit`. Nothing of
 * the tree changes before the commit; `abort` (or any failure) leaves it whole.
 */
export class ContentWriter {
  readonly target: string;
  private readonly options: WriteOptions;
  private readonly known: Set<string>;
  private readonly present: Set<string>;
  private readonly existing: string[];
  private readonly puts = new Set<string>();
  private readonly kept = new Map<string, string>();
  private readonly moves: string[] = [];
  private readonly report: WriteReport = { written: [], unchanged: 0, removed: [], records: new Map() };
  private done = false;

  private constructor(target: string, options: WriteOptions, known: Set<string>, existing: string[]) {
    this.target = target;
    this.options = options;
    this.known = known;
    this.existing = existing;
    this.present = new Set(existing);
  }

  static async open(target: string, options: WriteOptions = {}): Promise<ContentWriter> {
    await mkdir(target, { recursive: true });
    await recover(target);
    const known = await readManifest(target);
    const existing = (await listTree(target)).filter((rel) => rel !== MANIFEST && rel !== WRITING);
    await writeFile(path.join(target, WRITING), '');
    return new ContentWriter(target, options, known, existing);
  }

  /** A generated file's text (pieces, for one too large to hold at once): written beside its place if its bytes changed. */
  put(rel: string, text: string | ((out: (chunk: string) => void) => void)): void {
    assertSafePath(this.target, rel);
    if (this.puts.has(rel) || this.kept.has(rel)) throw new Error(`${rel} written twice in one run`);
    this.puts.add(rel);
    const file = path.join(this.target, rel);
    const onDisk = this.options.onDisk;
    const hasher = createHash('sha1');
    let streamed = false;
    if (typeof text === 'string') {
      hasher.update(text);
    } else {
      // Pieces are hashed and written as they come (the whole is compared by hash afterwards).
      mkdirSync(path.dirname(file), { recursive: true });
      const fd = openSync(file + NEW, 'w');
      streamed = true;
      text((chunk) => {
        hasher.update(chunk);
        writeSync(fd, chunk);
      });
      closeSync(fd);
    }
    const hash = hasher.digest('base64');
    const same = this.present.has(rel) && this.known.has(rel)
      && (onDisk?.has(rel) ? onDisk.get(rel) === hash : typeof text === 'string' && readFileIfAny(file) === text);
    if (same) {
      if (streamed) unlinkSync(file + NEW);
      const previous = onDisk?.has(rel) ? this.options.records?.get(rel) : undefined;
      const info = previous ?? statSync(file);
      this.report.records.set(rel, { hash, size: info.size, mtimeMs: info.mtimeMs });
      this.report.unchanged++;
      return;
    }
    if (typeof text === 'string') {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file + NEW, text);
    }
    const info = statSync(file + NEW);
    this.report.records.set(rel, { hash, size: info.size, mtimeMs: info.mtimeMs });
    this.moves.push(rel);
  }

  /** A file reused from the last run, on disk as written (verifyOnDisk). */
  keep(rel: string, hash: string): void {
    assertSafePath(this.target, rel);
    if (this.puts.has(rel) || this.kept.has(rel)) throw new Error(`${rel} written twice in one run`);
    if (!this.present.has(rel)) throw new Error(`${path.join(this.target, rel)} was to be kept from the last run but is gone; run again`);
    this.kept.set(rel, hash);
    const record = this.options.records?.get(rel);
    if (record) this.report.records.set(rel, record);
    this.report.unchanged++;
  }

  /** Makes the new tree the one: removals, moves and the manifest, through the journal. */
  async commit(): Promise<WriteReport> {
    try {
      const sorted = [...new Set([...this.puts, ...this.kept.keys()])].sort();
      assertNoClash(this.target, sorted);
      const foreign = this.existing.filter((rel) => !this.known.has(rel) && !isEditorFile(rel) && !this.puts.has(rel) && !this.kept.has(rel));
      if (foreign.length > 0) {
        throw new DossierError(
          error(path.join(this.target, foreign[0]!), 'foreign-content', 'this file was not written by Dossier and is not under notes/', {
            hint: 'move hand-written pages to content/notes/<actors|topics>/<slug>.mdx, or delete the file',
          }),
        );
      }
      const report = this.report;
      const moves = [...this.moves].sort();
      report.written = [...moves];
      report.removed = [...this.known].filter((rel) => !this.puts.has(rel) && !this.kept.has(rel) && this.present.has(rel)).sort();
      const manifest = JSON.stringify({ generator: 'dossier', files: sorted }, null, 2) + '\n';
      if ((await readFile(path.join(this.target, MANIFEST), 'utf8').catch(() => null)) !== manifest) {
        await writeFile(path.join(this.target, MANIFEST + NEW), manifest);
        moves.push(MANIFEST);
      }
      if (moves.length > 0 || report.removed.length > 0) {
        // The commit: from here on the new tree is the one (a run interrupted now is completed by the next).
        const journal: Journal = { moves, removes: report.removed };
        await writeFile(path.join(this.target, JOURNAL + NEW), JSON.stringify(journal));
        await rename(path.join(this.target, JOURNAL + NEW), path.join(this.target, JOURNAL));
        await apply(this.target, journal);
        await unlink(path.join(this.target, JOURNAL));
      }
      await unlink(path.join(this.target, WRITING));
      this.done = true;
      return report;
    } catch (e) {
      await this.abort();
      throw e;
    }
  }

  /** Leaves the tree as it was: the new files beside it go (unless the journal was committed: the next run completes it). */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    if (existsSync(path.join(this.target, JOURNAL))) return;
    for (const rel of [...this.moves, MANIFEST]) await unlink(path.join(this.target, rel + NEW)).catch(() => undefined);
    await unlink(path.join(this.target, WRITING)).catch(() => undefined);
  }
}

function readFileIfAny(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Replaces the generated files of `target` by `files` (relative path → text) and the `kept` ones. Throws
 * DossierError, with `target` untouched, when a file there was not written by Dossier.
 */
export async function writeContentTree(target: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): Promise<WriteReport> {
  const kept = options.kept ?? new Map<string, string>();
  const sorted = [...new Set([...files.keys(), ...kept.keys()])].sort();
  for (const rel of sorted) assertSafePath(target, rel);
  assertNoClash(target, sorted);
  const writer = await ContentWriter.open(target, options);
  try {
    for (const rel of sorted) {
      const text = files.get(rel);
      if (text !== undefined) writer.put(rel, text);
      else writer.keep(rel, kept.get(rel)!);
    }
  } catch (e) {
    await writer.abort();
    throw e;
  }
  return writer.commit();
}
