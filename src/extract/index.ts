/**
 * Extract stage: one Source → the facts found in it (actors mentioned, quotes, statements, figures,
 * dated events, candidate topic phrases), each tied to its paragraph. Pure and per-source, so it can
 * be cached by the source's text hash and run in worker threads.
 * (Stub: replaced by the real implementation.)
 */
import type { Source } from '../model/source.ts';

export interface SourceExtraction {
  source: string;
}

export function extract(source: Source): SourceExtraction {
  return { source: source.id };
}
