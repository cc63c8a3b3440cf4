/**
 * Ingest stage: seed files → cleaned Sources. Pure: takes bytes, returns data and diagnostics.
 * Seeds are read in file-name order, so ids (`-2` suffixes) and `duplicateOf` are deterministic.
 */
import { warning, type Diagnostic } from '../model/diagnostic.ts';
import type { SeedFile, Source } from '../model/source.ts';
import { NEAR_DUPLICATE, overlap, shingles } from './duplicate.ts';
import { readSeed } from './read-seed.ts';
import { sourceSlug, uniqueSlug } from './slug.ts';

export interface IngestResult {
  sources: Source[];
  diagnostics: Diagnostic[];
}

function byName(a: SeedFile, b: SeedFile): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function ingest(seeds: readonly SeedFile[]): IngestResult {
  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [];
  const taken = new Set<string>();
  const fingerprints: Set<number>[] = [];
  for (const seed of [...seeds].sort(byName)) {
    let read: ReturnType<typeof readSeed>;
    try {
      read = readSeed(seed);
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
    let duplicateOf: string | null = null;
    for (let i = 0; i < sources.length && duplicateOf === null; i++) {
      const earlier = sources[i]!;
      if (read.source.paragraphs.length > 0 && (earlier.textHash === read.source.textHash || overlap(print, fingerprints[i]!) >= NEAR_DUPLICATE)) duplicateOf = earlier.id;
    }
    if (duplicateOf) {
      diagnostics.push(
        warning(`seeds/${seed.name}`, 'duplicate', `Same article as source "${duplicateOf}"; kept and marked as a duplicate.`, {
          hint: 'Its facts are counted once; remove the file if the copy adds nothing.',
        }),
      );
    }
    sources.push({ id: slug, slug, ...read.source, duplicateOf });
    fingerprints.push(print);
  }
  return { sources, diagnostics };
}
