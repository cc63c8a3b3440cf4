/**
 * Tokens with offsets, and the helpers every rule uses: folding for comparisons, sentence bounds.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Word (letters/digits) or punctuation. */
  word: boolean;
}

/** Abbreviations that keep their final dot ("Mr.", "Jan.", "Co."). Single letters and "U.S."-style initials always do. */
const DOTTED = new Set([
  'mr', 'ms', 'mrs', 'dr', 'st', 'jr', 'sr', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'prof', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'co', 'inc', 'corp', 'ltd', 'no', 'vs', 'mt', 'ft',
  'messrs', 'hon', 'rev', 'esq',
]);

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’\-&][\p{L}\p{M}\p{N}]+)*\.?/uy;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      let w = m[0];
      if (w.endsWith('.')) {
        const core = w.slice(0, -1);
        const keep = /^\p{L}$/u.test(core) || /^(?:\p{L}\.)+\p{L}$/u.test(core) || DOTTED.has(core.toLowerCase());
        if (!keep) w = core;
      }
      // split possessive 's / ’s
      const poss = /^(.+?)(['’]s)$/u.exec(w);
      if (poss && poss[1]!.length > 0) {
        out.push({ text: poss[1]!, start: i, end: i + poss[1]!.length, word: true });
        out.push({ text: poss[2]!, start: i + poss[1]!.length, end: i + w.length, word: false });
      } else {
        out.push({ text: w, start: i, end: i + w.length, word: true });
      }
      i += w.length;
      continue;
    }
    out.push({ text: ch, start: i, end: i + 1, word: false });
    i++;
  }
  return out;
}

/** Lower-case, without diacritics or dots: for comparing names ("J.D." = "JD", "Müller" ~ "Muller"). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.]/g, '').replace(/[’]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isCapitalised(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&.\-]+$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(word);
}

/** Sentence spans of a paragraph: split after . ? ! (outside the protected spans) before a capital, quote or digit. */
export function sentenceSpans(text: string, protectedSpans: { start: number; end: number }[] = []): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const tokens = tokenize(text);
  let start = 0;
  const inside = (pos: number) => protectedSpans.some((s) => pos > s.start && pos < s.end - 1);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word || !/[.?!]/.test(t.text)) continue;
    if (inside(t.start)) continue;
    let j = k + 1;
    while (j < tokens.length && /^["”’)\]]$/.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
    const next = tokens[j];
    if (next && !(isCapitalised(next.text) || /^["“‘(]$/.test(next.text) || /^\d/.test(next.text))) continue;
    const end = tokens[j - 1]!.end;
    spans.push({ start, end });
    start = next ? next.start : text.length;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}
