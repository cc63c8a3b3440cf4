/**
 * Graph stage: per-source extractions → one resolved knowledge graph (aliases merged into canonical
 * actors, disagreements detected, topics grouped, stable ids) plus the editor's review list.
 * Ids derive from content (source id, paragraph, order within the paragraph), never from run order.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { info } from '../model/diagnostic.ts';
import type { DatedEvent, Figure, Graph, Quote, Statement } from '../model/graph.ts';
import type { Source } from '../model/source.ts';
import type { SourceExtraction } from '../extract/index.ts';
import { EMPTY_CATALOG, type Catalog } from '../catalog/index.ts';
import { resolveActors } from '../resolve/index.ts';
import { buildTopics } from './topics.ts';
import { findDisagreements } from './disagreements.ts';
import type { Review } from './review.ts';
import { cmp } from '../model/compare.ts';

export type { Review } from './review.ts';

export interface GraphResult {
  graph: Graph;
  /** For the editor: unattributed quotes, ambiguous names, new names, variant merges. */
  review: Review;
  diagnostics: Diagnostic[];
}

const pnum = (p: string) => Number(p.replace(/^\D+/, '')) || 0;
const byPlace = (a: { source: string; paragraph: string }, b: { source: string; paragraph: string }) => cmp(a.source, b.source) || pnum(a.paragraph) - pnum(b.paragraph);

export function buildGraph(sources: readonly Source[], extractions: readonly SourceExtraction[], catalog: Catalog | null = null): GraphResult {
  const cat = catalog ?? EMPTY_CATALOG;
  const diagnostics: Diagnostic[] = [];
  const bySource = new Map(extractions.map((e) => [e.source, e]));
  const fileOf = new Map(sources.map((s) => [s.id, s.file]));
  const ordered = [...sources].sort((a, b) => cmp(a.id, b.id));
  // A duplicate article is cited once: only the first copy's facts enter the graph (its page points to the first).
  const exts = ordered.filter((s) => !s.duplicateOf).map((s) => bySource.get(s.id)).filter((e): e is SourceExtraction => !!e);
  const resolved = resolveActors(exts.map((e) => ({ source: e.source, actors: e.actors })), cat);
  const actorOf = (source: string, key: string | null) => (key ? resolved.index.get(`${source}\u0000${key}`) ?? null : null);

  const quotes: Quote[] = [];
  const statements: Statement[] = [];
  const figures: Figure[] = [];
  const events: DatedEvent[] = [];
  for (const e of exts) {
    const n = new Map<string, number>();
    const next = (kind: string, p: string) => { const k = `${kind}${p}`; const i = (n.get(k) ?? 0) + 1; n.set(k, i); return `${e.source}-${p}-${kind}${i}`; };
    for (const q of e.quotes) quotes.push({ id: next('q', q.paragraph), source: e.source, paragraph: q.paragraph, text: q.text, speaker: actorOf(e.source, q.speaker), verb: q.verb, rule: q.rule, confidence: q.confidence, partial: q.partial });
    for (const s of e.statements) {
      const speaker = actorOf(e.source, s.speaker);
      if (speaker) statements.push({ id: next('s', s.paragraph), source: e.source, paragraph: s.paragraph, text: s.text, speaker, verb: s.verb, rule: s.rule, confidence: s.confidence });
    }
    for (const f of e.figures) figures.push({ id: next('f', f.paragraph), source: e.source, paragraph: f.paragraph, text: f.text, value: f.value, unit: f.unit, about: f.about, actor: actorOf(e.source, f.actor) });
    for (const v of e.events) events.push({ id: next('e', v.paragraph), source: e.source, paragraph: v.paragraph, cue: v.cue, date: v.date, precision: v.precision, text: v.text, actors: v.actors.map((k) => actorOf(e.source, k)).filter((x): x is string => !!x).sort(), rule: v.rule });
    if (!e.published && e.events.some((v) => v.date === null)) {
      diagnostics.push(info(`seeds/${fileOf.get(e.source) ?? e.source}`, 'no-publication-date', 'relative dates left unresolved: the source gives no publication date', { hint: 'add the date to the seed (front matter `date:` or a dateline) to resolve them' }));
    }
  }
  const dupes = new Set(ordered.filter((s) => s.duplicateOf).map((s) => s.id));
  const topics = buildTopics(exts, cat, dupes);
  const disagreements = findDisagreements(figures, ordered);

  const sortById = <T extends { id: string }>(xs: T[]) => xs.sort((a, b) => cmp(a.id, b.id));
  const graph: Graph = {
    schema: 'dossier-graph/1',
    sources: ordered,
    actors: resolved.actors,
    quotes: quotes.sort((a, b) => byPlace(a, b) || cmp(a.id, b.id)),
    statements: statements.sort((a, b) => byPlace(a, b) || cmp(a.id, b.id)),
    figures: figures.sort((a, b) => byPlace(a, b) || cmp(a.id, b.id)),
    events: events.sort((a, b) => byPlace(a, b) || cmp(a.id, b.id)),
    topics,
    disagreements: sortById(disagreements),
  };

  const catalogNames = new Set(cat.actors.map((a) => a.name));
  const gazetteerIds = new Set<string>();
  const rulesOf = new Map<string, Set<string>>();
  for (const e of exts) {
    for (const a of e.actors) {
      const id = actorOf(e.source, a.key);
      if (!id) continue;
      if (a.gazetteer) gazetteerIds.add(id);
      (rulesOf.get(id) ?? rulesOf.set(id, new Set()).get(id)!).add(a.rule);
    }
  }
  const actorById = new Map(graph.actors.map((a) => [a.id, a]));
  const review: Review = {
    schema: 'dossier-review/1',
    unattributedQuotes: graph.quotes.filter((q) => !q.speaker).map((q) => ({ quote: q.id, source: q.source, paragraph: q.paragraph, text: q.text, rule: q.rule })),
    inferredQuotes: graph.quotes.filter((q) => q.speaker && q.confidence === 'inferred').map((q) => ({ quote: q.id, source: q.source, paragraph: q.paragraph, speaker: q.speaker!, rule: q.rule })),
    ambiguousNames: [
      ...exts.flatMap((e) => e.ambiguous.map((a) => ({ source: e.source, paragraph: a.paragraph as string | null, text: a.text, candidates: a.candidates }))),
      ...resolved.ambiguous.map((a) => ({ source: a.source, paragraph: null, text: a.name, candidates: a.candidates })),
    ].sort((a, b) => cmp(a.source, b.source) || pnum(a.paragraph ?? '') - pnum(b.paragraph ?? '') || cmp(a.text, b.text)),
    newNames: graph.actors.filter((a) => !gazetteerIds.has(a.id) && !catalogNames.has(a.name)).map((a) => {
      const rules = rulesOf.get(a.id) ?? new Set<string>();
      return { actor: a.id, name: a.name, kind: a.kind, rule: [...rules].sort().join(','), sources: [...new Set(a.mentions.map((m) => m.source))].sort() };
    }),
    variantMerges: resolved.merges.map((m) => ({ actor: m.actor, name: actorById.get(m.actor)!.name, variants: m.variants })),
  };
  return { graph, review, diagnostics };
}
