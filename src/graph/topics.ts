/**
 * Topics found from the corpus itself: candidate phrases (src/extract/phrases.ts) that recur across
 * paragraphs and sources and are distinctive (not spread evenly over everything), grouped when they
 * share paragraphs, named by their most frequent phrase. The catalog can define, rename, merge or hide
 * topics. Every paragraph is assigned to the topics whose terms it contains.
 */
import type { Citation, Topic } from '../model/graph.ts';
import type { SourceExtraction } from '../extract/types.ts';
import type { Catalog } from '../catalog/index.ts';
import { slugify } from '../resolve/names.ts';
import { cmp } from '../model/compare.ts';

/** Phrases of everyday news prose that recur everywhere without being a subject. */
const GENERIC = /^(?:(?:the )?(?:same|other|next|last|first|second|third) \w+|\w+ (?:said|says|told)|(?:per|a|one) \w+|(?:long|short) term|told reporters|news conference|social media|joint statement|last year|next year|this year|earlier this week)$/;

const MAX_TOPICS = 24;

export function buildTopics(extractions: readonly SourceExtraction[], catalog: Catalog, skip: Set<string>): Topic[] {
  const paraTerms = new Map<string, { cite: Citation; terms: Set<string> }>();
  const termParas = new Map<string, Set<string>>();
  const termSources = new Map<string, Set<string>>();
  const totalParas = extractions.reduce((n, e) => n + e.phrases.length, 0) || 1;
  for (const e of extractions) {
    if (skip.has(e.source)) continue;
    for (const ph of e.phrases) {
      const key = `${e.source}#${ph.paragraph}`;
      paraTerms.set(key, { cite: { source: e.source, paragraph: ph.paragraph }, terms: new Set(ph.terms) });
      for (const t of ph.terms) {
        if (GENERIC.test(t)) continue;
        (termParas.get(t) ?? termParas.set(t, new Set()).get(t)!).add(key);
        (termSources.get(t) ?? termSources.set(t, new Set()).get(t)!).add(e.source);
      }
    }
  }
  // Score: recurrence across paragraphs and sources; a phrase in too many paragraphs is background.
  const scored = [...termParas.entries()]
    .filter(([t, ps]) => ps.size >= 3 && (termSources.get(t)!.size >= 2 || ps.size >= 4) && ps.size / totalParas < (totalParas >= 60 ? 0.25 : 0.6))
    .map(([t, ps]) => ({ t, ps, score: ps.size * Math.log(1 + termSources.get(t)!.size) * (t.split(' ').length === 3 ? 1.2 : 1) }))
    .sort((a, b) => b.score - a.score || cmp(a.t, b.t));
  // Drop a phrase contained in a better one with nearly the same paragraphs.
  const kept: typeof scored = [];
  for (const s of scored) {
    if (kept.length >= 120) break; // only the first 120 are grouped below
    if (kept.some((k) => (k.t.includes(s.t) || s.t.includes(k.t)) && overlap(k.ps, s.ps) >= 0.7)) continue;
    kept.push(s);
  }
  // Group phrases that share paragraphs.
  const groups: { terms: string[]; ps: Set<string>; score: number }[] = [];
  for (const s of kept.slice(0, 120)) {
    const g = groups.find((x) => overlap(x.ps, s.ps) >= 0.6 && x.terms.some((t) => t.split(' ').some((w) => s.t.split(' ').includes(w))));
    if (g) { g.terms.push(s.t); for (const p of s.ps) g.ps.add(p); g.score += s.score; }
    else groups.push({ terms: [s.t], ps: new Set(s.ps), score: s.score });
  }
  let topics = groups.sort((a, b) => b.score - a.score || cmp(a.terms[0]!, b.terms[0]!)).slice(0, MAX_TOPICS)
    .map((g) => ({ name: g.terms[0]!, terms: g.terms.sort() }));
  // Catalog: merges and renames, hidden topics, defined topics.
  for (const ct of catalog.topics) {
    const merged = topics.filter((t) => ct.merge.includes(t.name) || t.name === ct.name);
    topics = topics.filter((t) => !merged.includes(t));
    if (ct.hide) continue;
    const terms = [...new Set([...ct.terms.map((x) => x.toLowerCase()), ...merged.flatMap((t) => t.terms)])].sort();
    if (terms.length) topics.push({ name: ct.name, terms });
  }
  const hidden = new Set(catalog.topics.filter((t) => t.hide).map((t) => t.name));
  topics = topics.filter((t) => !hidden.has(t.name));
  const out: Topic[] = [];
  const ids = new Set<string>();
  for (const t of topics) {
    let id = slugify(t.name);
    while (ids.has(id)) id += '-2';
    ids.add(id);
    const paragraphs: Citation[] = [];
    for (const { cite, terms } of paraTerms.values()) if (t.terms.some((x) => terms.has(x))) paragraphs.push(cite);
    paragraphs.sort((a, b) => cmp(a.source, b.source) || Number(a.paragraph.slice(1)) - Number(b.paragraph.slice(1)));
    if (paragraphs.length) out.push({ id, name: t.name, terms: t.terms, paragraphs });
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}
