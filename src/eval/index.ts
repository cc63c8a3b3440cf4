/**
 * Score a graph against gold annotations. Pure. Matching rules (as the issue states them):
 * - actor: an extracted actor matches a gold actor when its name, an alias or a mention text equals the
 *   gold name or an alias, ignoring case, dots and diacritics (one-to-one, per document);
 * - quote: found when the texts contain one another (quote marks, case and spacing ignored); its speaker
 *   is right when the speaker actor matches the gold speaker, or both are null;
 * - figure: same unit and value within 0.5 % (distinct values per document);
 * - event: the cue is found in the paragraph holding the gold sentence, with the exact date string.
 */
import type { Actor, Graph } from '../model/graph.ts';
import type { Source } from '../model/source.ts';
import { GoldSchema, type GoldDocument } from './gold.ts';

export interface Miss { file: string; kind: 'actor' | 'false-actor' | 'quote' | 'speaker' | 'false-quote' | 'figure' | 'false-figure' | 'event' | 'published' | 'duplicate' | 'disagreement'; detail: string }

export interface Ratio { hit: number; total: number; value: number }

export interface EvalReport {
  documents: number;
  missingSources: string[];
  actors: { precision: Ratio; recall: Ratio; f1: number };
  quoteSpeakers: Ratio;
  quotes: { recall: Ratio; precision: Ratio };
  figures: { recall: Ratio; precision: Ratio };
  eventDates: Ratio;
  publicationDates: Ratio;
  duplicates: Ratio;
  disagreements: Ratio;
  misses: Miss[];
}

export function norm(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.]/g, '').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

function quoteNorm(s: string): string {
  return norm(s).replace(/["“”'‘’]/g, '').replace(/[\s,;:!?—–-]+/g, ' ').trim();
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total, value: total === 0 ? 1 : hit / total });

function actorForms(a: Actor, source: string): Set<string> {
  return new Set([a.name, ...a.aliases, ...a.mentions.filter((m) => m.source === source).map((m) => m.text)].map(norm));
}

export function evaluate(graph: Graph, goldInput: unknown): EvalReport {
  const gold = GoldSchema.parse(goldInput);
  const misses: Miss[] = [];
  const byFile = new Map<string, Source>(graph.sources.map((s) => [s.file.split('/').pop()!, s]));
  let aTp = 0, aExt = 0, aGold = 0, qCorrect = 0, qGold = 0, qFound = 0, qExt = 0, qExtHit = 0;
  let fGold = 0, fHit = 0, fExt = 0, fExtHit = 0, eGold = 0, eHit = 0, pubHit = 0, dupTotal = 0, dupHit = 0;
  const missingSources: string[] = [];
  for (const doc of gold.documents) {
    const src = byFile.get(doc.file);
    if (!src) {
      missingSources.push(doc.file);
      aGold += doc.actors.length; qGold += doc.quotes.length; fGold += doc.figures.length; eGold += doc.events.length;
      misses.push({ file: doc.file, kind: 'published', detail: 'source not in the graph' });
      continue;
    }
    // Publication date
    if ((src.published ?? null) === (doc.published ?? null)) pubHit++;
    else misses.push({ file: doc.file, kind: 'published', detail: `published ${src.published ?? 'null'}, gold ${doc.published ?? 'null'}` });
    // Duplicates
    if (doc.duplicate_of) {
      dupTotal++;
      const orig = byFile.get(doc.duplicate_of);
      if (orig && src.duplicateOf === orig.id) dupHit++;
      else misses.push({ file: doc.file, kind: 'duplicate', detail: `duplicate of ${doc.duplicate_of} not found` });
    }
    // A duplicate is cited once: its facts are those of the first copy.
    const factsId = src.duplicateOf ?? src.id;
    const factsSource = graph.sources.find((s) => s.id === factsId) ?? src;
    const actors = graph.actors.filter((a) => a.mentions.some((m) => m.source === factsId));
    const forms = new Map(actors.map((a) => [a.id, actorForms(a, factsId)]));
    const goldForms = doc.actors.map((g) => new Set([g.name, ...g.aliases].map(norm)));
    // Actors: one-to-one greedy matching, gold order
    const used = new Set<string>();
    const goldToActor = new Map<number, string>();
    // Pass 1 matches by the extracted actor's own name, pass 2 by any alias or mention text.
    for (const pass of [1, 2]) {
      doc.actors.forEach((g, gi) => {
        if (goldToActor.has(gi)) return;
        const hit = actors.find((a) => !used.has(a.id) && (pass === 1 ? goldForms[gi]!.has(norm(a.name)) : [...forms.get(a.id)!].some((f) => goldForms[gi]!.has(f))));
        if (hit) { used.add(hit.id); goldToActor.set(gi, hit.id); aTp++; }
      });
    }
    doc.actors.forEach((g, gi) => { if (!goldToActor.has(gi)) misses.push({ file: doc.file, kind: 'actor', detail: `${g.name} (${g.kind})` }); });
    for (const a of actors) if (!used.has(a.id)) misses.push({ file: doc.file, kind: 'false-actor', detail: `${a.name} (${a.kind}) ← ${[...new Set(a.mentions.filter((m) => m.source === factsId).map((m) => m.text))].slice(0, 3).join(' | ')}` });
    aExt += actors.length;
    aGold += doc.actors.length;
    // Quotes
    const quotes = graph.quotes.filter((q) => q.source === factsId);
    const matchedQuotes = new Set<string>();
    const speakerOk = (speaker: string | null, goldSpeaker: string | null): boolean => {
      if (goldSpeaker === null) return speaker === null;
      if (speaker === null) return false;
      const a = graph.actors.find((x) => x.id === speaker);
      if (!a) return false;
      const gi = doc.actors.findIndex((g) => g.name === goldSpeaker);
      const gf = gi >= 0 ? goldForms[gi]! : new Set([norm(goldSpeaker)]);
      return [...actorForms(a, factsId)].some((f) => gf.has(f));
    };
    for (const g of doc.quotes) {
      qGold++;
      const gt = quoteNorm(g.text);
      const cands = quotes.filter((q) => { const t = quoteNorm(q.text); return t.includes(gt) || (gt.includes(t) && t.length >= 0.5 * gt.length); });
      if (cands.length === 0) { misses.push({ file: doc.file, kind: 'quote', detail: `“${g.text}” (${g.speaker ?? 'unattributed'})` }); continue; }
      qFound++;
      for (const c of cands) matchedQuotes.add(c.id);
      const best = cands.find((q) => speakerOk(q.speaker, g.speaker));
      if (best) qCorrect++;
      else {
        const q = cands[0]!;
        const who = q.speaker ? graph.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker : 'unattributed';
        misses.push({ file: doc.file, kind: 'speaker', detail: `“${g.text.slice(0, 60)}” → ${who} [${q.rule}], gold ${g.speaker ?? 'unattributed'}` });
      }
    }
    qExt += quotes.length;
    qExtHit += quotes.filter((q) => matchedQuotes.has(q.id)).length;
    for (const q of quotes) if (!matchedQuotes.has(q.id)) misses.push({ file: doc.file, kind: 'false-quote', detail: `“${q.text.slice(0, 70)}”` });
    // Figures (distinct value+unit)
    const figs = graph.figures.filter((f) => f.source === factsId);
    const close = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
    for (const g of doc.figures) {
      fGold++;
      if (figs.some((f) => f.unit === g.unit && close(f.value, g.value))) fHit++;
      else misses.push({ file: doc.file, kind: 'figure', detail: `${g.text} = ${g.value} ${g.unit}${figs.some((f) => close(f.value, g.value)) ? ` (found as ${figs.find((f) => close(f.value, g.value))!.unit})` : ''}` });
    }
    const distinct = new Map<string, typeof figs[number]>();
    for (const f of figs) if (!distinct.has(`${f.unit}:${f.value}`)) distinct.set(`${f.unit}:${f.value}`, f);
    fExt += distinct.size;
    for (const f of distinct.values()) {
      if (doc.figures.some((g) => g.unit === f.unit && close(f.value, g.value))) fExtHit++;
      else misses.push({ file: doc.file, kind: 'false-figure', detail: `${f.text} = ${f.value} ${f.unit} (${f.paragraph})` });
    }
    // Events
    const evs = graph.events.filter((e) => e.source === factsId);
    const usedEv = new Set<string>();
    for (const g of doc.events) {
      eGold++;
      const sentence = norm(g.sentence);
      const paras = factsSource.paragraphs.filter((p) => norm(p.text).includes(sentence)).map((p) => p.id);
      const cue = norm(g.cue);
      const inPara = evs.filter((e) => !usedEv.has(e.id) && paras.includes(e.paragraph) && (norm(e.cue).includes(cue) || cue.includes(norm(e.cue))));
      const hit = inPara.find((e) => e.date === g.date);
      if (hit) { usedEv.add(hit.id); eHit++; }
      else misses.push({ file: doc.file, kind: 'event', detail: `${g.cue} → ${g.date ?? 'null'} in “${g.sentence.slice(0, 50)}”${paras.length === 0 ? ' (sentence not in any paragraph)' : inPara.length ? ` got ${inPara.map((e) => `${e.cue}=${e.date}`).join(', ')}` : ' (cue not found)'}` });
    }
  }
  // Disagreements
  let disHit = 0;
  for (const d of gold.disagreements) {
    const ok = graph.disagreements.some((x) => {
      const figs = x.figures.map((id) => graph.figures.find((f) => f.id === id)).filter((f): f is NonNullable<typeof f> => !!f);
      const files = new Set<string>();
      for (const gf of d.figures) {
        const src = byFile.get(gf.file);
        if (src && figs.some((f) => f.source === (src.duplicateOf ?? src.id) && norm(f.text) === norm(gf.text))) files.add(gf.file);
      }
      return files.size >= 2;
    });
    if (ok) disHit++;
    else misses.push({ file: d.figures.map((f) => f.file).join(' + '), kind: 'disagreement', detail: `${d.subject}: ${d.figures.map((f) => f.text).join(' vs ')}` });
  }
  const precision = ratio(aTp, aExt);
  const recall = ratio(aTp, aGold);
  const f1 = precision.value + recall.value === 0 ? 0 : (2 * precision.value * recall.value) / (precision.value + recall.value);
  return {
    documents: gold.documents.length,
    missingSources,
    actors: { precision, recall, f1 },
    quoteSpeakers: ratio(qCorrect, qGold),
    quotes: { recall: ratio(qFound, qGold), precision: ratio(qExtHit, qExt) },
    figures: { recall: ratio(fHit, fGold), precision: ratio(fExtHit, fExt) },
    eventDates: ratio(eHit, eGold),
    publicationDates: ratio(pubHit, gold.documents.length),
    duplicates: ratio(dupHit, dupTotal),
    disagreements: ratio(disHit, gold.disagreements.length),
    misses,
  };
}

export { formatReport } from './format.ts';
