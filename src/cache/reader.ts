/**
 * The pipeline's seed reader for ingest: `readSeed` (one seed file → cleaned source, the costly part of ingest: HTML
 * and markdown parsing) cached per seed in `.dossier/cache/read/` and run on worker threads when many seeds are not
 * cached. The key is the sha256 of the reader's version and the seed's name, bytes and provenance.
 */
import type { IngestOptions } from '../ingest/index.ts';
import type { readSeed } from '../ingest/read-seed.ts';
import type { SeedFile } from '../model/source.ts';
import { mapTask } from '../parallel/pool.ts';
import type { Outcome, PoolOptions } from '../parallel/pool.ts';
import type { CacheStats } from './index.ts';
import { cachedMap, sha256 } from './index.ts';
import { srcModuleVersion } from './version.ts';

type ReadResult = ReturnType<typeof readSeed>;
export type SeedReader = (seeds: readonly SeedFile[]) => Promise<NonNullable<IngestOptions['read']>>;

const READ_TASK = { module: new URL('../ingest/read-seed.ts', import.meta.url).href, fn: 'readSeed' };

export interface ReaderOptions extends PoolOptions {
  cacheDir: string | null;
  onStats?: (stats: CacheStats) => void;
}

export function seedKey(seed: SeedFile, version: string): string {
  return sha256(version, seed.name, seed.bytes, JSON.stringify(seed.provenance ?? null));
}

export function makeSeedReader(options: ReaderOptions): SeedReader {
  return async (seeds) => {
    const compute = (items: readonly SeedFile[]) => mapTask<SeedFile, ReadResult>(items, READ_TASK, options);
    let outcomes: Outcome<ReadResult>[];
    if (options.cacheDir) {
      const version = srcModuleVersion('ingest/read-seed.ts');
      outcomes = await cachedMap<SeedFile, ReadResult>(seeds, {
        dir: options.cacheDir, namespace: 'read', version, key: (s) => seedKey(s, version), compute, onStats: options.onStats,
      });
    } else {
      outcomes = await compute(seeds);
    }
    const byName = new Map<string, Outcome<ReadResult>>();
    seeds.forEach((s, i) => byName.set(s.name, outcomes[i]!));
    return (seed) => {
      const outcome = byName.get(seed.name);
      if (!outcome) throw new Error(`seed ${seed.name} was not read ahead`);
      if ('error' in outcome) throw new Error(outcome.error.split('\n')[0]);
      return outcome.value;
    };
  };
}
