/**
 * A content-addressed store of per-source results on disk: `<dir>/<namespace>/<version>/<key>.bin`, values
 * V8-serialised (keeps Maps, Sets and undefined, faster than JSON). Writes are atomic (temp file + rename). A corrupt
 * or unreadable entry is a miss. Other versions' folders are removed when the store is opened, and entries not used by
 * a run can be pruned. Deleting the whole folder is always safe.
 */
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

export interface Store<T> {
  readonly dir: string;
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  /** Removes every entry whose key is not in `keep`; returns how many were removed. */
  prune(keep: ReadonlySet<string>): Promise<number>;
}

const SUFFIX = '.bin';

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(lanes);
  return out;
}

export async function openStore<T>(root: string, namespace: string, version: string): Promise<Store<T>> {
  const base = path.join(root, namespace);
  const dir = path.join(base, version);
  for (const other of await readdir(base).catch(() => [] as string[])) {
    if (other !== version) await rm(path.join(base, other), { recursive: true, force: true });
  }
  await mkdir(dir, { recursive: true });
  const present = new Set((await readdir(dir)).filter((f) => f.endsWith(SUFFIX)).map((f) => f.slice(0, -SUFFIX.length)));
  let tmp = 0;
  return {
    dir,
    async get(key) {
      if (!present.has(key)) return undefined;
      try {
        return deserialize(await readFile(path.join(dir, key + SUFFIX))) as T;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      const file = path.join(dir, key + SUFFIX);
      const temp = `${file}.${process.pid}.${tmp++}.tmp`;
      await writeFile(temp, serialize(value));
      await rename(temp, file);
      present.add(key);
    },
    async prune(keep) {
      const stale = [...present].filter((k) => !keep.has(k));
      await mapLimit(stale, 32, (k) => unlink(path.join(dir, k + SUFFIX)).catch(() => undefined));
      for (const k of stale) present.delete(k);
      return stale.length;
    },
  };
}

export { mapLimit };
