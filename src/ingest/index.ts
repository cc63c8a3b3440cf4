/**
 * Ingest stage: seed files → cleaned Sources. Pure: takes bytes, returns data and diagnostics.
 * Seeds are read in file-name order, so ids (`-2` suffixes) and `duplicateOf` are deterministic.
 */
import type { SeedFile } from '../model/source.ts';
import { assembleSources, type IngestResult, type ReadOne } from './assemble.ts';
import { readSeed } from './read-seed.ts';

export type { IngestResult, ReadOne } from './assemble.ts';

export interface IngestOptions {
  /** Reads one seed (default `readSeed`); the pipeline passes one backed by a cache and worker threads. */
  read?: ReadOne;
}

export function ingest(seeds: readonly SeedFile[], options: IngestOptions = {}): IngestResult {
  return assembleSources(seeds, options.read ?? readSeed);
}
