/**
 * Near-duplicate articles: the same story republished by another outlet with its own header and
 * footer. Compared on word 5-gram shingles of the cleaned paragraphs, with quotes, dashes, case and
 * punctuation folded; two texts are the same article when at least 80% of the shingles of the
 * shorter one occur in the longer and their sizes are comparable.
 */

const SHINGLE = 5;
export const NEAR_DUPLICATE = 0.8;

export function shingles(text: string): Set<string> {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}$€£%]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  if (words.length > 0 && words.length < SHINGLE) out.add(words.join(' '));
  return out;
}

/** Share of the smaller set found in the larger; 0 when sizes differ by more than half. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0 || small.size < large.size / 2) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}
