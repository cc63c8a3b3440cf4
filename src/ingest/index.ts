/**
 * Ingest stage: seed files → cleaned Sources. Pure: takes bytes, returns data and diagnostics.
 * Seeds are read in file-name order, so ids (`-2` suffixes) and `duplicateOf` are deterministic.
 */
import { warning, type Diagnostic } from '../model/diagnostic.ts';
import type { SeedFile, Source } from '../model/source.ts';
import { shingles } from './duplicate.ts';
import { DuplicateIndex } from './duplicate-index.ts';
import { readSeed } from './read-seed.ts';
import { sourceSlug, uniqueSlug } from './slug.ts';

export interface IngestResult {
  sources: Source[];
  diagnostics: Diagnostic[];
}

function byName(a: SeedFile, b: SeedFile): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export interface IngestOptions {
  /** Reads one seed (default `readSeed`); the pipeline passes one backed by a cache and worker threads. */
  read?: (seed: SeedFile) => ReturnType<typeof readSeed>;
}

export function ingest(seeds: readonly SeedFile[], options: IngestOptions = {}): IngestResult {
  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [];
  const taken = new Set<string>();
  const copies = new DuplicateIndex();
  const read1 = options.read ?? readSeed;
  for (const seed of [...seeds].sort(byName)) {
    let read: ReturnType<typeof readSeed>;
    try {
      read = read1(seed);
    } catch (err) {
      // A reader bug must not stop the run: report it against the file.
      const deep = err instanceof RangeError;
      diagnostics.push(
        warning(`seeds/${seed.name}`, 'unreadable', deep ? 'File is nested too deeply to be read (runaway markup); skipped.' : `File could not be read (${err instanceof Error ? err.message : String(err)}); skipped.`, {
          hint: deep ? 'Save only the article part of the page, or as plain text.' : 'Remove the file from seeds/ or save it again as plain text, and report the problem.',
        }),
      );
      continue;
    }
    diagnostics.push(...read.diagnostics);
    if (!read.source) continue;
    const slug = uniqueSlug(sourceSlug(read.source.title, seed.name), taken);
    const print = shingles(read.source.paragraphs.map((p) => p.text).join(' '));
    const duplicateOf = read.source.paragraphs.length > 0 ? copies.find(read.source.textHash, print) : null;
    if (duplicateOf) {
      diagnostics.push(
        warning(`seeds/${seed.name}`, 'duplicate', `Same article as source "${duplicateOf}"; kept and marked as a duplicate.`, {
          hint: 'Its facts are counted once; remove the file if the copy adds nothing.',
        }),
      );
    }
    sources.push({ id: slug, slug, ...read.source, duplicateOf });
    copies.add(slug, read.source.textHash, print);
  }
  return { sources, diagnostics };
}
