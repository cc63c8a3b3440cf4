/**
 * Is a collected source already in seeds/? The same canonical URL (the page's own, the one asked
 * for, or the one redirected to), or the same cleaned text (equal hash, or near-identical paragraphs).
 */
import { canonicalUrl } from '../ingest/canonical-url.ts';
import { NEAR_DUPLICATE, overlap, shingles } from '../ingest/duplicate.ts';
import type { Source } from '../model/source.ts';

export interface KnownSource {
  file: string;
  urls: string[];
  textHash: string;
  print: Set<number>;
}

export interface DuplicateFound {
  file: string;
  reason: 'same URL' | 'same text';
}

export function sourceUrls(source: Pick<Source, 'url' | 'provenance'>, extra: (string | null | undefined)[] = []): string[] {
  const all = [source.url, source.provenance?.url, source.provenance?.finalUrl, ...extra].map(canonicalUrl).filter((u): u is string => u !== null);
  return [...new Set(all)];
}

export function knownSource(source: Source): KnownSource {
  return { file: source.file, urls: sourceUrls(source), textHash: source.textHash, print: shingles(source.paragraphs.map((p) => p.text).join(' ')) };
}

export function findByUrl(url: string, known: readonly KnownSource[]): DuplicateFound | null {
  const c = canonicalUrl(url);
  const hit = c ? known.find((k) => k.urls.includes(c)) : undefined;
  return hit ? { file: hit.file, reason: 'same URL' } : null;
}

export function findDuplicate(candidate: KnownSource, known: readonly KnownSource[]): DuplicateFound | null {
  for (const k of known) if (candidate.urls.some((u) => k.urls.includes(u))) return { file: k.file, reason: 'same URL' };
  for (const k of known) {
    if (k.textHash === candidate.textHash || overlap(candidate.print, k.print) >= NEAR_DUPLICATE) return { file: k.file, reason: 'same text' };
  }
  return null;
}
