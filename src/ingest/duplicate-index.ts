/**
 * Finding the earlier copy of an article without comparing it with every earlier source (which made ingest
 * quadratic). Gives exactly what the scan "first earlier source with the same text hash, or with shingle overlap
 * ≥ NEAR_DUPLICATE" gives:
 *
 * `overlap` is 0 unless the smaller set is at least half the larger, so a qualifying earlier print B shares at least
 * 0.8 × min(|A|, |B|) ≥ 0.4 × |A| shingles with the new print A. Any set of more than 0.6 × |A| of A's shingles
 * therefore contains one of them (pigeonhole): probing the index with A's rarest shingles, all but ⌊0.4 × |A|⌋ − 1 of
 * them, finds every candidate; each candidate is then checked with `overlap` itself.
 */
import { NEAR_DUPLICATE, overlap } from './duplicate.ts';

export class DuplicateIndex<T extends string | number = number> {
  private readonly ids: string[] = [];
  private readonly prints: ReadonlySet<T>[] = [];
  private readonly byHash = new Map<string, number>();
  private readonly postings = new Map<T, number[]>();

  /** Id of the first earlier source that is the same article, or null. */
  find(textHash: string, print: ReadonlySet<T>): string | null {
    let best = this.byHash.get(textHash) ?? Infinity;
    if (print.size > 0) {
      const shingles = [...print].sort((a, b) => (this.postings.get(a)?.length ?? 0) - (this.postings.get(b)?.length ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      const must = Math.max(1, Math.floor(0.4 * print.size) - 1);
      const probe = shingles.slice(0, shingles.length - must + 1);
      const candidates = new Set<number>();
      for (const s of probe) for (const i of this.postings.get(s) ?? []) if (i < best) candidates.add(i);
      for (const i of [...candidates].sort((a, b) => a - b)) {
        if (i >= best) break;
        if (overlap(print, this.prints[i]!) >= NEAR_DUPLICATE) {
          best = i;
          break;
        }
      }
    }
    return best === Infinity ? null : this.ids[best]!;
  }

  add(id: string, textHash: string, print: ReadonlySet<T>): void {
    const i = this.ids.length;
    this.ids.push(id);
    this.prints.push(print);
    if (!this.byHash.has(textHash)) this.byHash.set(textHash, i);
    for (const s of print) {
      const list = this.postings.get(s);
      if (list) list.push(i);
      else this.postings.set(s, [i]);
    }
  }
}
