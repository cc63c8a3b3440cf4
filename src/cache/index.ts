/**
 * Content-hash cache of per-source extraction results (`.dossier/cache/extract/<extractor version>/`). A source's key
 * is the sha256 of the extractor version and the whole Source (its textHash, id, date and metadata: everything
 * `extract` can read), so a hit is exactly what `extract` would return. Only misses are extracted.
 */
import { createHash } from 'node:crypto';
import type { SourceExtraction } from '../extract/index.ts';
import type { Source } from '../model/source.ts';
import { mapLimit, openStore } from './store.ts';
import { extractorVersion } from './version.ts';

export type ExtractAll = (sources: readonly Source[]) => Promise<SourceExtraction[]>;

export interface CacheStats {
  hits: number;
  misses: number;
  pruned: number;
}

export function sourceKey(source: Source, version: string): string {
  return createHash('sha256').update(version).update('\0').update(JSON.stringify(source)).digest('hex');
}

export interface CachedOptions {
  /** Cache root, e.g. `<project>/.dossier/cache`. */
  dir: string;
  /** Extracts the sources that are not cached. */
  extractAll: ExtractAll;
  /** Defaults to the hash of the extract stage's code. */
  version?: string;
  onStats?: (stats: CacheStats) => void;
}

export async function extractCached(sources: readonly Source[], options: CachedOptions): Promise<SourceExtraction[]> {
  const version = options.version ?? extractorVersion();
  const store = await openStore<SourceExtraction>(options.dir, 'extract', version);
  const keys = sources.map((s) => sourceKey(s, version));
  const found = await mapLimit(keys, 64, (k) => store.get(k));
  const missing: number[] = [];
  found.forEach((v, i) => {
    if (v === undefined) missing.push(i);
  });
  if (missing.length > 0) {
    const fresh = await options.extractAll(missing.map((i) => sources[i]!));
    await mapLimit([...missing.keys()], 32, async (j) => {
      const i = missing[j]!;
      found[i] = fresh[j]!;
      await store.set(keys[i]!, fresh[j]!);
    });
  }
  const pruned = await store.prune(new Set(keys));
  options.onStats?.({ hits: sources.length - missing.length, misses: missing.length, pruned });
  return found as SourceExtraction[];
}
