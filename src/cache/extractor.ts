/**
 * The pipeline's extractor: cached per source (when a cache folder is given) and run on worker threads when many
 * sources miss the cache.
 */
import type { CacheStats, ExtractAll } from './index.ts';
import { extractCached } from './index.ts';
import { extractAll } from '../parallel/index.ts';
import type { PoolOptions } from '../parallel/index.ts';

export interface ExtractorOptions extends PoolOptions {
  /** Cache root (`<project>/.dossier/cache`), or null for no cache. */
  cacheDir: string | null;
  onStats?: (stats: CacheStats) => void;
}

export function makeExtractor(options: ExtractorOptions): ExtractAll {
  const run: ExtractAll = (sources) => extractAll(sources, options);
  if (!options.cacheDir) return run;
  const dir = options.cacheDir;
  return (sources) => extractCached(sources, { dir, extractAll: run, onStats: options.onStats });
}
