/**
 * Ingest, the corpus-level part: read seeds → Sources with ids, slugs and duplicates marked. Pure. The reading of
 * each seed (`readSeed`, parsing HTML and markdown: the heavy modules) is passed in, so a run whose seeds are all in
 * the read cache never loads it (`./index.ts` is the stage with its default reader).
 * Seeds are read in file-name order, so ids (`-2` suffixes) and `duplicateOf` are deterministic.
 */
import { warning, type Diagnostic } from '../model/diagnostic.ts';
import type { SeedFile, Source } from '../model/source.ts';
import { canonicalUrl } from './canonical-url.ts';
import { shingles } from './duplicate.ts';
import { DuplicateIndex } from './duplicate-index.ts';
import type { ReadSeed } from './read-seed.ts';
import { sourceSlug, uniqueSlug } from './slug.ts';

export interface IngestResult {
  sources: Source[];
  diagnostics: Diagnostic[];
}

function byName(a: SeedFile, b: SeedFile): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Reads one seed: `readSeed`, or one backed by a cache and worker threads (src/cache/reader.ts). */
export type ReadOne = (seed: SeedFile) => ReadSeed;

export function assembleSources(seeds: readonly SeedFile[], read1: ReadOne): IngestResult {
  const sources: Source[] = [];
  const prints: Set<number>[] = [];
  const diagnostics: Diagnostic[] = [];
  const taken = new Set<string>();
  for (const seed of [...seeds].sort(byName)) {
    let read: ReadSeed;
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
    sources.push({ id: slug, slug, ...read.source, duplicateOf: null });
    prints.push(new Set(read.shingles ?? shingles(read.source.paragraphs.map((p) => p.text).join(' '))));
  }
  markDuplicates(sources, prints, diagnostics);
  return { sources, diagnostics };
}

/**
 * `duplicateOf`: the earliest earlier source (file-name order) with the same text (hash or near-identical
 * paragraphs) or the same canonical URL. A copy kept on purpose (`dossier add --force`, provenance
 * `duplicateOf`) points to the original it names, and is never taken as anyone's original.
 * Indexed (text shingles, canonical URLs), never all pairs.
 */
function markDuplicates(sources: Source[], prints: readonly Set<number>[], diagnostics: Diagnostic[]): void {
  const byFile = new Map(sources.map((s) => [s.file, s]));
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const texts = new DuplicateIndex();
  const firstWithUrl = new Map<string, number>();
  sources.forEach((source, n) => {
    const declared = source.provenance?.duplicateOf ? byFile.get(source.provenance.duplicateOf) : undefined;
    const print = prints[n]!;
    const addresses = [source.url, source.provenance?.finalUrl, source.provenance?.url].map(canonicalUrl).filter((u): u is string => u !== null);
    let duplicateOf: string | null = null;
    if (declared && declared !== source) {
      duplicateOf = declared.id;
    } else {
      const byText = source.paragraphs.length > 0 ? texts.find(source.textHash, print) : null;
      // The same article fetched twice (an update, another copy): same canonical address.
      const byUrl = Math.min(...addresses.map((a) => firstWithUrl.get(a) ?? Infinity));
      const textIndex = byText === null ? Infinity : order.get(byText)!;
      const first = Math.min(textIndex, byUrl);
      duplicateOf = first === Infinity ? null : sources[first]!.id;
      texts.add(source.id, source.textHash, print);
      for (const a of addresses) if (!firstWithUrl.has(a)) firstWithUrl.set(a, n);
    }
    source.duplicateOf = duplicateOf;
    if (duplicateOf) {
      diagnostics.push(
        warning(`seeds/${source.file}`, 'duplicate', `Same article as source "${duplicateOf}"; kept and marked as a duplicate.`, {
          hint: 'Its facts are counted once; remove the file if the copy adds nothing.',
        }),
      );
    }
  });
}
