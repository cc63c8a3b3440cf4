/**
 * Finding the earlier copy of an article without comparing it with every earlier source (which made ingest
 * quadratic). Gives exactly what the scan "first earlier source with the same text hash, or with shingle overlap
 * ≥ NEAR_DUPLICATE" gives:
 *
 * `overlap` is 0 unless the smaller set is at least half the larger, so a qualifying earlier print B shares at least
 * 0.8 × min(|A|, |B|) ≥ 0.4 × |A| shingles with the new print A. Any set of more than 0.6 × |A| of A's shingles
 * therefore contains one of them (pigeonhole): probing the index with A's rarest shingles, all but ⌊0.4 × |A|⌋ − 1 of
 * them, finds every candidate. A candidate that has fewer of the probed shingles than 0.8 × min(|A|, |B|) − (the
 * shingles not probed) cannot qualify; the others are checked with `overlap` itself.
 */
import { NEAR_DUPLICATE, overlap } from './duplicate.ts';

const NONE: number[] = [];

export class DuplicateIndex<T extends string | number = number> {
  private readonly ids: string[] = [];
  private readonly prints: ReadonlySet<T>[] = [];
  private readonly byHash = new Map<string, number>();
  private readonly postings = new Map<T, number[]>();

  /** Id of the first earlier source that is the same article, or null. */
  find(textHash: string, print: ReadonlySet<T>): string | null {
    let best = this.byHash.get(textHash) ?? Infinity;
    if (print.size > 0) {
      // rarest first: shingles no earlier source has cost nothing to probe
      const lists = [...print].map((s) => this.postings.get(s) ?? NONE).sort((a, b) => a.length - b.length);
      const must = Math.max(1, Math.floor(0.4 * print.size) - 1);
      // Count, per candidate, the probed shingles it has: the other `must - 1` can add at most that many more, so a
      // candidate with too few hits cannot reach NEAR_DUPLICATE and is not compared at all.
      const hits = new Map<number, number>();
      for (const list of lists.slice(0, lists.length - must + 1)) for (const i of list) if (i < best) hits.set(i, (hits.get(i) ?? 0) + 1);
      for (const i of [...hits.keys()].sort((a, b) => a - b)) {
        if (i >= best) break;
        const other = this.prints[i]!;
        const small = Math.min(print.size, other.size), large = Math.max(print.size, other.size);
        if (small < large / 2) continue;
        if (hits.get(i)! + must - 1 < NEAR_DUPLICATE * small) continue;
        if (overlap(print, other) >= NEAR_DUPLICATE) {
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
