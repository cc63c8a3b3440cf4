/**
 * Content-hash caches of per-item results under `.dossier/cache/<namespace>/<version>/`. The extraction cache keys a
 * source on the sha256 of the extractor version and the whole Source (its textHash, id, date and metadata: everything
 * `extract` can read), so a hit is exactly what `extract` would return. Only misses are computed; failures are never
 * cached.
 */
import { createHash } from 'node:crypto';
import type { SourceExtraction } from '../extract/index.ts';
import type { Source } from '../model/source.ts';
import type { Outcome } from '../parallel/pool.ts';
import { mapLimit, openStore } from './store.ts';
import { extractorVersion } from './version.ts';

export type ExtractAll = (sources: readonly Source[]) => Promise<SourceExtraction[]>;

export interface CacheStats {
  hits: number;
  misses: number;
  pruned: number;
}

export interface CachedMapOptions<I, O> {
  /** Cache root, e.g. `<project>/.dossier/cache`. */
  dir: string;
  namespace: string;
  /** Version of the code that computes the values; a new version drops the old entries. */
  version: string;
  key: (item: I) => string;
  /** Computes the items that are not cached, one outcome per item, in order. */
  compute: (items: readonly I[]) => Promise<Outcome<O>[]>;
  onStats?: (stats: CacheStats) => void;
}

/** Outcomes for all items, from the cache where present; stores new values and prunes entries no item used. */
export async function cachedMap<I, O>(items: readonly I[], options: CachedMapOptions<I, O>): Promise<Outcome<O>[]> {
  const store = await openStore<O>(options.dir, options.namespace, options.version);
  const keys = items.map((item) => options.key(item));
  const found: Array<Outcome<O> | undefined> = await mapLimit(keys, 64, async (k) => {
    const value = await store.get(k);
    return value === undefined ? undefined : { value };
  });
  const missing: number[] = [];
  found.forEach((v, i) => {
    if (v === undefined) missing.push(i);
  });
  if (missing.length > 0) {
    const fresh = await options.compute(missing.map((i) => items[i]!));
    await mapLimit([...missing.keys()], 32, async (j) => {
      const i = missing[j]!;
      const outcome = fresh[j]!;
      found[i] = outcome;
      if ('value' in outcome && outcome.value !== undefined) await store.set(keys[i]!, outcome.value);
    });
  }
  const pruned = await store.prune(new Set(keys));
  options.onStats?.({ hits: items.length - missing.length, misses: missing.length, pruned });
  return found as Outcome<O>[];
}

export function sha256(...parts: Array<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

export function sourceKey(source: Source, version: string): string {
  return sha256(version, JSON.stringify(source));
}

export interface CachedOptions {
  dir: string;
  /** Extracts the sources that are not cached. */
  extractAll: ExtractAll;
  /** Defaults to the hash of the extract stage's code. */
  version?: string;
  onStats?: (stats: CacheStats) => void;
}

export async function extractCached(sources: readonly Source[], options: CachedOptions): Promise<SourceExtraction[]> {
  const version = options.version ?? extractorVersion();
  const outcomes = await cachedMap<Source, SourceExtraction>(sources, {
    dir: options.dir,
    namespace: 'extract',
    version,
    key: (s) => sourceKey(s, version),
    compute: async (missing) => (await options.extractAll(missing)).map((value) => ({ value })),
    onStats: options.onStats,
  });
  return outcomes.map((o) => (o as { value: SourceExtraction }).value);
}
