/**
 * The pipeline's per-source work on all cores: extraction of Sources (src/extract) on worker threads when there are
 * many; results equal to running `extract` inline, in input order.
 */
import type { SourceExtraction } from '../extract/index.ts';
import type { Source } from '../model/source.ts';
import { mapTask, values, workerCount } from './pool.ts';
import type { PoolOptions } from './pool.ts';

export { mapTask, values, workerCount };
export type { PoolOptions };

export const EXTRACT_TASK = { module: new URL('../extract/index.ts', import.meta.url).href, fn: 'extract' };

export async function extractAll(sources: readonly Source[], options: PoolOptions = {}): Promise<SourceExtraction[]> {
  return values(await mapTask<Source, SourceExtraction>(sources, EXTRACT_TASK, options), 'extraction');
}
