/**
 * Near-duplicate articles: the same story republished by another outlet with its own header and
 * footer. Compared on word 5-gram shingles of the cleaned paragraphs, with quotes, dashes, case and
 * punctuation folded; two texts are the same article when at least 80% of the shingles of the
 * shorter one occur in the longer and their sizes are comparable.
 */

const SHINGLE = 5;
export const NEAR_DUPLICATE = 0.8;

function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Word 5-gram shingles, as numbers (hash of the five word hashes). */
export function shingles(text: string): Set<number> {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}$€£%]+/u)
    .filter(Boolean)
    .map(wordHash);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE; k++) h = (Math.imul(h, 31) + words[i + k]!) >>> 0;
    out.add(h);
  }
  if (words.length > 0 && words.length < SHINGLE) out.add(words.reduce((h, w) => (Math.imul(h, 31) + w) >>> 0, 0));
  return out;
}

/** Share of the smaller set found in the larger; 0 when sizes differ by more than half. */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0 || small.size < large.size / 2) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}
