/**
 * Ingest stage: seed files → cleaned Sources. Pure: takes bytes, returns data and diagnostics.
 * (Stub: replaced by the real implementation.)
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { SeedFile, Source } from '../model/source.ts';

export interface IngestResult {
  sources: Source[];
  diagnostics: Diagnostic[];
}

export function ingest(seeds: readonly SeedFile[]): IngestResult {
  void seeds;
  return { sources: [], diagnostics: [] };
}
