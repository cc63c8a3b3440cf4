/**
 * The seeds folder as `dossier add` sees it: existing seeds (with provenance sidecars), and
 * exclusive creation of new files, so nothing is ever overwritten.
 */
import { mkdir, readdir, readFile, stat, writeFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { readSeeds } from '../io/seeds.ts';
import type { Provenance, SeedFile } from '../model/source.ts';

export interface SeedStore {
  /** Seeds already in the folder. */
  list(): Promise<SeedFile[]>;
  /** Every file name in the folder (seeds, sidecars, anything). */
  names(): Promise<Set<string>>;
  /** Creates `name` and its sidecar; false when `name` already exists (then nothing is written). */
  create(name: string, bytes: Uint8Array, provenance: Provenance): Promise<boolean>;
}

export const SIDECAR_SUFFIX = '.source.json';

export function folderStore(dir: string): SeedStore {
  return {
    async list() {
      return (await readSeeds(dir, 'seeds')).seeds;
    },
    async names() {
      const found = new Set<string>();
      const walk = async (prefix: string): Promise<void> => {
        const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
          const rel = prefix ? `${prefix}/${e.name}` : e.name;
          if (e.isDirectory()) await walk(rel);
          else found.add(rel);
        }
      };
      await walk('');
      return found;
    },
    async create(name, bytes, provenance) {
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, name);
      try {
        await writeFile(file, bytes, { flag: 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw err;
      }
      try {
        await writeFile(file + SIDECAR_SUFFIX, JSON.stringify(provenance, null, 2) + '\n', { flag: 'wx' });
      } catch (err) {
        await unlink(file).catch(() => undefined);
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw err;
      }
      return true;
    },
  };
}

export interface LocalFile {
  /** Path as given or found. */
  path: string;
  bytes: Uint8Array;
}

const SUPPORTED = /\.(?:html?|txt|md|markdown|mhtml|mht)$/i;

export function isSupportedFile(name: string): boolean {
  return SUPPORTED.test(name);
}

/**
 * A file, or every file under a folder (sorted; dot-files and the `_files/` folders browsers save beside
 * pages are skipped). Unsupported files are listed with `bytes: null` so they can be reported.
 */
export async function readLocal(input: string): Promise<{ files: (LocalFile | { path: string; bytes: null; reason: string })[] }> {
  const info = await stat(input).catch(() => null);
  if (!info) return { files: [{ path: input, bytes: null, reason: 'no such file or folder' }] };
  if (info.isFile()) {
    if (!isSupportedFile(input)) return { files: [{ path: input, bytes: null, reason: 'unsupported file type (use .html, .htm, .mhtml, .txt or .md)' }] };
    return { files: [{ path: input, bytes: new Uint8Array(await readFile(input)) }] };
  }
  const out: (LocalFile | { path: string; bytes: null; reason: string })[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (/_files$/i.test(e.name)) continue;
        await walk(full);
      } else if (e.isFile()) {
        if (e.name.endsWith(SIDECAR_SUFFIX)) continue;
        if (isSupportedFile(e.name)) out.push({ path: full, bytes: new Uint8Array(await readFile(full)) });
        else out.push({ path: full, bytes: null, reason: 'unsupported file type' });
      }
    }
  };
  await walk(input);
  return { files: out };
}
