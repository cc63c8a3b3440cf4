/**
 * The pipeline's page serialiser for emit: mdast → MDX text (mdast-util-to-markdown, the costliest part of emit)
 * cached per page in `.dossier/cache/mdx/` (key: sha256 of the serialiser's version and the page's front matter and
 * tree) and run on worker threads when many pages are not cached. An unchanged page costs a hash and a read.
 */
import type { PageData, SerializeAll } from '../emit/index.ts';
import { mapTask, values } from '../parallel/pool.ts';
import type { PoolOptions } from '../parallel/pool.ts';
import type { CacheStats } from './index.ts';
import { cachedMap, sha256 } from './index.ts';
import { srcModuleVersion } from './version.ts';

const SERIALIZE_TASK = { module: new URL('../emit/index.ts', import.meta.url).href, fn: 'serializePage' };

export interface SerializerOptions extends PoolOptions {
  cacheDir: string | null;
  onStats?: (stats: CacheStats) => void;
}

export function makeSerializer(options: SerializerOptions): SerializeAll {
  const compute = (pages: readonly PageData[]) => mapTask<PageData, string>(pages, SERIALIZE_TASK, options);
  return async (pages) => {
    if (!options.cacheDir) return values(await compute(pages), 'serialising a page');
    const version = srcModuleVersion('emit/serialize.ts');
    const outcomes = await cachedMap<PageData, string>(pages, {
      dir: options.cacheDir, namespace: 'mdx', version, key: (p) => sha256(version, JSON.stringify(p)), compute, onStats: options.onStats,
    });
    return values(outcomes, 'serialising a page');
  };
}
