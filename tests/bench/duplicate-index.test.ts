/** The indexed duplicate finder of ingest gives exactly what the all-pairs scan it replaced gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { NEAR_DUPLICATE, overlap, shingles } from '../../src/ingest/duplicate.ts';
import { DuplicateIndex } from '../../src/ingest/duplicate-index.ts';

/** The former scan: first earlier item with the same hash or overlap ≥ NEAR_DUPLICATE. */
function scan<T>(items: { hash: string; print: Set<T> }[]): (number | null)[] {
  return items.map((item, i) => {
    if (item.print.size === 0) return null;
    for (let j = 0; j < i; j++) {
      if (items[j]!.hash === item.hash || overlap(item.print, items[j]!.print) >= NEAR_DUPLICATE) return j;
    }
    return null;
  });
}

function indexed<T extends string | number>(items: { hash: string; print: Set<T> }[]): (number | null)[] {
  const index = new DuplicateIndex<T>();
  return items.map((item, i) => {
    const found = item.print.size === 0 ? null : index.find(item.hash, item.print);
    index.add(String(i), item.hash, item.print);
    return found === null ? null : Number(found);
  });
}

describe('DuplicateIndex', () => {
  it('agrees with the all-pairs scan on random prints around the threshold', () => {
    const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const item = fc.record({
      hash: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      words: fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (raw) => {
        const items = raw.map((r) => ({ hash: r.hash, print: new Set(r.words) }));
        expect(indexed(items)).toEqual(scan(items));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the scan on a generated corpus with syndicated copies, and finds them', () => {
    const files = generateCorpus({ n: 300, seed: 2 });
    const items = files.map((f) => ({ hash: f.text, print: shingles(f.text.replace(/<[^>]+>/g, ' ')) }));
    const expected = scan(items);
    expect(indexed(items)).toEqual(expected);
    expect(expected.filter((x) => x !== null).length).toBeGreaterThan(3);
  });
});
