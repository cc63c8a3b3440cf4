/**
 * Sources: what the ingest stage produces from one seed file.
 * Everything here is plain data (JSON-serialisable), so stages can be tested
 * and cached independently.
 */

/** One cleaned paragraph of a source. `id` is stable: `p1`, `p2`, … in reading order. */
export interface Paragraph {
  id: string;
  text: string;
}

/** Raw formats Dossier reads from `seeds/`. */
export type SourceFormat = 'txt' | 'md' | 'html';

/** Where a source came from when it was collected with `dossier add` (sidecar `<seed>.source.json`). */
export interface Provenance {
  /** URL the analyst asked for. */
  url: string | null;
  /** URL after redirects. */
  finalUrl: string | null;
  /** ISO timestamp of retrieval (UTC). */
  retrievedAt: string | null;
  /** HTTP status of the response, when fetched. */
  status: number | null;
  /** sha256 of the raw bytes as stored. */
  contentHash: string | null;
  /**
   * Seed file name of the copy this one duplicates, when `dossier add --force` kept a known duplicate.
   * Ingest then marks this source (not the original) as the duplicate.
   */
  duplicateOf?: string | null;
}

/** What the cleaner removed, so a reader can see what was done to the text. */
export interface CleaningReport {
  /** Number of paragraphs dropped because they repeated an earlier paragraph of the same document. */
  collapsedDuplicates: number;
  /** Short labels of removed boilerplate, e.g. "HTTP error preamble", "legal disclaimer". */
  removed: string[];
}

export interface Source {
  /** Stable id; equal to the slug. */
  id: string;
  /** URL-safe slug, unique across the corpus. */
  slug: string;
  /** Seed file name (relative to the seeds folder). */
  file: string;
  format: SourceFormat;
  title: string;
  publisher: string | null;
  /** Original URL of the article, when known. */
  url: string | null;
  /** Publication date, `YYYY-MM-DD`, or null when the text gives none. */
  published: string | null;
  /** Authors from the byline (not actors). */
  authors: string[];
  /** Credit lines such as "AFP contributed reporting." */
  credits: string[];
  /** Standfirst / dek under the headline, when the page has one. */
  summary: string | null;
  paragraphs: Paragraph[];
  cleaning: CleaningReport;
  /** Id of an earlier source with the same article, else null. */
  duplicateOf: string | null;
  provenance: Provenance | null;
  /** sha256 (hex) of the cleaned text: used for duplicate detection and caches. */
  textHash: string;
}

/** A seed file as read from disk: the only input of the ingest stage. */
export interface SeedFile {
  /** File name relative to the seeds folder, with `/` separators. */
  name: string;
  bytes: Uint8Array;
  /** Parsed sidecar `<name>.source.json`, when present. */
  provenance?: Provenance | null;
}
