/**
 * Ingest stage: seed files → cleaned Sources. Pure: takes bytes, returns data and diagnostics.
 * Seeds are read in file-name order, so ids (`-2` suffixes) and `duplicateOf` are deterministic.
 */
import { warning, type Diagnostic } from '../model/diagnostic.ts';
import type { SeedFile, Source } from '../model/source.ts';
import { canonicalUrl } from './canonical-url.ts';
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
    sources.push({ id: slug, slug, ...read.source, duplicateOf: null });
  }
  markDuplicates(sources, diagnostics);
  return { sources, diagnostics };
}

/**
 * `duplicateOf`: the earliest earlier source (file-name order) with the same text (hash or near-identical
 * paragraphs) or the same canonical URL. A copy kept on purpose (`dossier add --force`, provenance
 * `duplicateOf`) points to the original it names, and is never taken as anyone's original.
 */
function markDuplicates(sources: Source[], diagnostics: Diagnostic[]): void {
  const prints = sources.map((s) => shingles(s.paragraphs.map((p) => p.text).join(' ')));
  const addresses = sources.map((s) => [s.url, s.provenance?.finalUrl, s.provenance?.url].map(canonicalUrl).filter((u): u is string => u !== null));
  const byFile = new Map(sources.map((s) => [s.file, s]));
  const declared = sources.map((s) => {
    const original = s.provenance?.duplicateOf ? byFile.get(s.provenance.duplicateOf) : undefined;
    return original && original !== s ? original : undefined;
  });
  sources.forEach((source, n) => {
    let duplicateOf = declared[n]?.id ?? null;
    for (let i = 0; i < n && duplicateOf === null; i++) {
      if (declared[i]) continue;
      const sameText = source.paragraphs.length > 0 && (sources[i]!.textHash === source.textHash || overlap(prints[n]!, prints[i]!) >= NEAR_DUPLICATE);
      // The same article fetched twice (an update, another copy): same canonical address.
      const sameUrl = addresses[n]!.some((a) => addresses[i]!.includes(a));
      if (sameText || sameUrl) duplicateOf = sources[i]!.id;
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
