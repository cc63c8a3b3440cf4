/**
 * The emit memo: for each group of pages (a briefing page with its long lists, or a source page), what its last
 * build read — every briefing key with the fingerprint of its data then — and the pages it made, with their hashes.
 * A group is clean when every key fingerprints as it did and its pages are still in content/ with those hashes:
 * building it again would give the same bytes, so it is not built. The memo belongs to one version of the emit code
 * (src/cache/emit-memo.ts stores it under that version), so a change to a page builder rebuilds everything.
 */
import { createHash } from 'node:crypto';
import type { Briefing } from './briefing.ts';
import type { CitingPage } from './pages/source.ts';

/** Keys whose data is the whole graph: a group that read one is built every time (hashing it would cost more). */
export const ALWAYS = new Set(['c:graph']);

export interface MemoGroup {
  /** [key, fingerprint] of every read, sorted by key (plus the group's own inputs, e.g. a source's cited-by). */
  keys: [string, string][];
  pages: { path: string; hash: string }[];
  /** The group's briefing page, which "cited by" names (null for a source page). */
  owner: CitingPage | null;
  /** Paragraphs (`source#p3`) the group's pages cite. */
  citations: string[];
}

export interface EmitMemo {
  groups: Map<string, MemoGroup>;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** Whether a group's last build still stands: same reads, same inputs, and its files on disk as written. */
export function isClean(group: MemoGroup, b: Briefing, onDisk: ReadonlyMap<string, string>, extra: readonly [string, string][]): boolean {
  for (const p of group.pages) if (onDisk.get(p.path) !== p.hash) return false;
  const inputs = new Map(extra);
  for (const [key, print] of group.keys) {
    if (ALWAYS.has(key)) return false;
    const now = inputs.has(key) ? inputs.get(key) : b.fingerprint(key);
    if (now !== print) return false;
  }
  return true;
}
