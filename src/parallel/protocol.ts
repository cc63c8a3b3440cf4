/** Messages between the extraction pool and its workers. */
import type { SourceExtraction } from '../extract/index.ts';
import type { Source } from '../model/source.ts';

export interface Request {
  id: number;
  sources: Source[];
}

export type Reply = { id: number; results: SourceExtraction[] } | { id: number; error: string };
