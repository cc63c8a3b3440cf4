/**
 * Disagreements: figures from different sources that state the same quantity with different values.
 * Two figures measure the same thing when they share the unit and their contexts (what the figure is
 * "about" plus the words around it) share enough content words; figures of the same value agree.
 * Each figure keeps its `about`, so figures that measure different things stay side by side.
 * Sources disagree only when they report at about the same time: figures published more than `WINDOW_DAYS` apart
 * measure a quantity that may have changed (last year's unemployment rate is not a disagreement), and a cluster of
 * disagreeing figures never spans more than `WINDOW_DAYS`. A figure from an undated source can pair with any other.
 */
import type { Disagreement, Figure } from '../model/graph.ts';
import type { Source } from '../model/source.ts';
import { STOP_WORDS } from '../extract/stopwords.ts';
import { cmp } from '../model/compare.ts';

function stem(w: string): string {
  return w.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '').replace(/(?:ing|ed)$/, '');
}

function contextWords(f: Figure, text: string): Set<string> {
  const i = text.indexOf(f.text);
  const window = i >= 0 ? text.slice(Math.max(0, i - 90), i + f.text.length + 90) : text;
  const words = `${f.about ?? ''} ${window}`.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}]+/u);
  return new Set(words.filter((w) => w.length > 2 && !STOP_WORDS.has(w)).map(stem));
}

/** Shared words / the smaller context, on sorted word ids. */
function similarity(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! === b[j]!) { n++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return n / Math.max(1, Math.min(a.length, b.length));
}

/** Context words as numbers: each word's id is its rank in (document frequency, word) order, so "rarest first" is "smallest id first". */
interface Contexts {
  /** Per figure: its words' ids, ascending (rarest first). */
  words: Int32Array[];
}

function contexts(sets: readonly ReadonlySet<string>[]): Contexts {
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const order = [...df.keys()].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const id = new Map(order.map((w, i) => [w, i]));
  return { words: sets.map((set) => Int32Array.from([...set].map((w) => id.get(w)!)).sort()) };
}

/** Time and value buckets as one number (see `candidatePairs`). */
const UNDATED = 1 << 20, NON_POSITIVE = 1 << 10;
const cellOf = (t: number, v: number): number => t * (1 << 11) + v;

/**
 * Every pair of figures (indices i < j, same unit) whose contexts can reach `SAME_THING`, without comparing all pairs.
 * If |A| ≤ |B| and |A ∩ B| ≥ ½|A|, then A's ⌊|A|/2⌋ + 1 rarest words include a word of B (pigeonhole), so probing
 * the index with those words from the smaller side finds every such pair; rare words have short posting lists.
 */
function candidatePairs(
  figures: readonly Figure[], ctx: Contexts, day: readonly (number | null)[], visit: (i: number, j: number) => void,
): void {
  // Postings by unit and word, then by cell: time bucket (`WINDOW_DAYS` wide, or undated) × value bucket (powers of
  // VALUE_BASE, or non-positive). Pairs within WINDOW_DAYS and a ratio ≤ 3 lie in neighbouring buckets: a figure
  // probes its own and the next ones (and the undated and non-positive ones); an undated or non-positive figure
  // probes every bucket.
  const units = new Map<string, number>();
  const unitOf = figures.map((f) => units.get(f.unit) ?? units.set(f.unit, units.size).get(f.unit)!);
  const timeOf = (i: number) => {
    const d = day[i] ?? null;
    return d === null ? UNDATED : Math.floor(d / WINDOW_DAYS) + (1 << 19);
  };
  const valueOf = (i: number) => (figures[i]!.value > 0 ? Math.floor(Math.log(figures[i]!.value) / LOG_VALUE_BASE) + (1 << 9) : NON_POSITIVE);
  const time = figures.map((_, i) => timeOf(i)), value = figures.map((_, i) => valueOf(i));
  const vocabulary = ctx.words.reduce((n, w) => Math.max(n, w.length ? w[w.length - 1]! + 1 : 0), 0);
  const postings = new Map<number, Map<number, number[]>>();
  const times = new Set<number>(), values = new Set<number>();
  figures.forEach((_, i) => {
    times.add(time[i]!);
    values.add(value[i]!);
    const cell = cellOf(time[i]!, value[i]!);
    for (const w of ctx.words[i]!) {
      const key = unitOf[i]! * vocabulary + w;
      const cells = postings.get(key) ?? postings.set(key, new Map()).get(key)!;
      const list = cells.get(cell);
      if (list) list.push(i);
      else cells.set(cell, [i]);
    }
  });
  const allTimes = [...times], allValues = [...values];
  const sizes = ctx.words.map((w) => w.length);
  const seenBy = new Int32Array(figures.length).fill(-1);
  const probe: number[] = [];
  figures.forEach((_, i) => {
    const words = ctx.words[i]!;
    const m = words.length;
    if (m === 0) return;
    const prefix = m - Math.ceil(SAME_THING * m) + 1;
    const t = time[i]!, v = value[i]!;
    const probeTimes = t === UNDATED ? allTimes : [t, t - 1, t + 1, UNDATED];
    const probeValues = v === NON_POSITIVE ? allValues : [v, v - 1, v + 1, NON_POSITIVE];
    probe.length = 0;
    for (const pt of probeTimes) for (const pv of probeValues) probe.push(cellOf(pt, pv));
    let seen = 0;
    probing: for (let k = 0; k < prefix; k++) {
      const cells = postings.get(unitOf[i]! * vocabulary + words[k]!);
      if (!cells) continue;
      for (const cell of probe) {
        const list = cells.get(cell);
        if (!list) continue;
        for (const j of list) {
          if (j === i || seenBy[j] === i) continue;
          if (seen >= MAX_CANDIDATES) break probing;
          seenBy[j] = i;
          seen++;
          // Each pair is found from its smaller side (ties: the earlier figure).
          if (sizes[j]! < m || (sizes[j] === m && j < i)) continue;
          if (i < j) visit(i, j);
          else visit(j, i);
        }
      }
    }
  });
}

export interface DisagreementOptions {
  /**
   * How candidate pairs are found: `index` (default) probes an inverted index of context words with each figure's
   * rarest words (exact: see `candidatePairs`); `all` compares every pair (the reference the tests compare with).
   */
  scan?: 'index' | 'all';
}

/** Similarity needed for two figures to measure the same thing (shared context words / the smaller context). */
const SAME_THING = 0.5;
/** Reports further apart than this (by publication date) do not disagree; a disagreement spans at most this. */
export const WINDOW_DAYS = 90;
/**
 * At most this many other figures are examined for each figure (those sharing its rarest context words first, its
 * own time and value bucket first). Below this density the index finds exactly what comparing all pairs finds; above
 * it (thousands of figures with the same wording in one quarter) it stays linear instead of comparing them all.
 */
export const MAX_CANDIDATES = 150;
/** Figures more than 3× apart measure different things. */
const MAX_RATIO = 3;
/** Value buckets are powers of a base a little above MAX_RATIO, so a pair within the ratio is in neighbouring buckets. */
const LOG_VALUE_BASE = Math.log(MAX_RATIO * 1.001);

/** Day number of an ISO date (`2025-02-11`, `2025-02`, `2025`), or null. */
function dayOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const t = Date.parse(`${date.slice(0, 10)}${date.length === 4 ? '-01-01' : date.length === 7 ? '-01' : ''}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

export function findDisagreements(figures: Figure[], sources: readonly Source[], options: DisagreementOptions = {}): Disagreement[] {
  const text = new Map<string, string>();
  for (const s of sources) for (const p of s.paragraphs) text.set(`${s.id}#${p.id}`, p.text);
  const dup = new Map(sources.map((s) => [s.id, s.duplicateOf]));
  const root = (id: string) => dup.get(id) ?? id;
  const sets = figures.map((f) => contextWords(f, text.get(`${f.source}#${f.paragraph}`) ?? ''));
  const ctx = contexts(sets);
  const published = new Map(sources.map((s) => [s.id, dayOf(s.published)]));
  const day = figures.map((f) => published.get(f.source) ?? null);
  const dayById = new Map(figures.map((f, i) => [f.id, day[i]!]));
  const apart = (x: number | null, y: number | null) => x !== null && y !== null && Math.abs(x - y) > WINDOW_DAYS;
  // A source that also states the other source's value agrees with it on that quantity: its different figure
  // measures something else ("$500 billion worth of rare earths … the $300 billion in assistance").
  const close = (x: number, y: number) => Math.abs(x - y) <= 0.005 * Math.max(x, y);
  // Values each source states, per unit, sorted: "does this source state a value close to v" is a binary search.
  const stated = new Map<string, number[]>();
  for (const f of figures) {
    const key = `${f.source}\u0000${f.unit}`;
    (stated.get(key) ?? stated.set(key, []).get(key)!).push(f.value);
  }
  for (const values of stated.values()) values.sort((x, y) => x - y);
  const statedBy = figures.map((f) => stated.get(`${f.source}\u0000${f.unit}`)!);
  /** Whether the source of figure `j` states a value close to `v` (in figure j's unit). */
  const states = (j: number, v: number): boolean => {
    const values = statedBy[j]!;
    if (v < 0 || values[0]! < 0) return values.some((g) => close(g, v));
    // close(g, v) for g ≥ 0 only when 0.995·v ≤ g ≤ v / 0.995 (the bounds widened a little against rounding).
    const low = v * 0.995 * (1 - 1e-9), high = (v / 0.995) * (1 + 1e-9);
    let lo = 0, hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]! < low) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < values.length && values[k]! <= high; k++) if (close(values[k]!, v)) return true;
    return false;
  };
  const pairs: [number, number, number][] = [];
  const consider = (i: number, j: number): void => {
    const a = figures[i]!;
    const b = figures[j]!;
    if (a.source === b.source || root(a.source) === root(b.source) || a.unit !== b.unit || apart(day[i]!, day[j]!)) return;
    const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
    if (ratio > MAX_RATIO || close(a.value, b.value)) return;
    if (states(j, a.value) || states(i, b.value)) return;
    const sim = similarity(ctx.words[i]!, ctx.words[j]!);
    if (sim >= SAME_THING) pairs.push([i, j, sim]);
  };
  if (options.scan === 'all') {
    for (let i = 0; i < figures.length; i++) for (let j = i + 1; j < figures.length; j++) consider(i, j);
  } else {
    candidatePairs(figures, ctx, day, consider);
  }
  // Keep, for each figure, its best partner per other source; cluster connected pairs.
  // (Ranks of the ids: the same order as comparing the ids, with a number compare per pair.)
  const rank = new Array<number>(figures.length);
  figures.map((f, i) => [f.id, i] as const).sort((x, y) => cmp(x[0], y[0])).forEach(([, i], r) => (rank[i] = r));
  pairs.sort((x, y) => y[2] - x[2] || rank[x[0]]! - rank[y[0]]! || rank[x[1]]! - rank[y[1]]!);
  const sourceIndex = new Map<string, number>();
  for (const f of figures) if (!sourceIndex.has(f.source)) sourceIndex.set(f.source, sourceIndex.size);
  const parent = new Map<string, string>();
  const find = (x: string): string => { const p = parent.get(x) ?? x; if (p === x) return x; const r = find(p); parent.set(x, r); return r; };
  /** figure index × sources + source index: "this figure already has its partner in that source". */
  const usedPair = new Set<number>();
  // The dated span of each cluster (by its root): merging never makes a cluster span more than WINDOW_DAYS.
  const span = new Map<string, [number, number] | null>();
  const spanOf = (root: string): [number, number] | null => {
    if (span.has(root)) return span.get(root)!;
    const d = dayById.get(root) ?? null;
    return d === null ? null : [d, d];
  };
  for (const [i, j] of pairs) {
    const a = figures[i]!, b = figures[j]!;
    const k1 = i * sourceIndex.size + sourceIndex.get(b.source)!;
    const k2 = j * sourceIndex.size + sourceIndex.get(a.source)!;
    if (usedPair.has(k1) || usedPair.has(k2)) continue;
    const ra = find(a.id), rb = find(b.id);
    if (ra === rb) continue;
    const sa = spanOf(ra), sb = spanOf(rb);
    const merged: [number, number] | null = sa && sb ? [Math.min(sa[0], sb[0]), Math.max(sa[1], sb[1])] : (sa ?? sb);
    if (merged && merged[1] - merged[0] > WINDOW_DAYS) continue;
    usedPair.add(k1); usedPair.add(k2);
    parent.set(ra, rb);
    span.set(rb, merged);
  }
  const index = new Map(figures.map((f, i) => [f.id, i]));
  const clusters = new Map<string, Figure[]>();
  const linked = new Set([...parent.keys(), ...parent.values()]); // figures in some pair (stable under path compression)
  for (const f of figures) if (linked.has(f.id)) {
    const r = find(f.id);
    (clusters.get(r) ?? clusters.set(r, []).get(r)!).push(f);
  }
  const out: Disagreement[] = [];
  for (const fs of clusters.values()) {
    if (new Set(fs.map((f) => f.source)).size < 2) continue;
    fs.sort((a, b) => cmp(a.id, b.id));
    const common = [...sets[index.get(fs[0]!.id)!]!].filter((w) => fs.every((f) => sets[index.get(f.id)!]!.has(w))).sort();
    const abouts = fs.map((f) => f.about).filter((x): x is string => !!x);
    const shared = abouts.find((a) => abouts.filter((b) => b === a).length > 1);
    const subject = shared ?? abouts.sort((a, b) => a.length - b.length)[0] ?? common.slice(0, 5).join(' ');
    out.push({ id: `disagreement-${fs[0]!.id}`, subject, figures: fs.map((f) => f.id) });
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}
