/**
 * The emit memo reuses a page only when building it again would give the same bytes: for many kinds of change to a
 * graph (a name, a role, a date, a paragraph, a mention, a topic, a fact, a disagreement), a run with the memo of
 * the unchanged graph gives the pages a full build of the changed graph gives, page for page, and reuses most pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { emitIncremental } from '../../src/emit/index.ts';
import { contentHash, type EmitMemo } from '../../src/emit/memo.ts';
import type { Graph } from '../../src/model/graph.ts';
import { runStages } from '../../src/pipeline.ts';

let graph: Graph;
let memo: EmitMemo;
let onDisk: Map<string, string>;

beforeAll(async () => {
  const seeds = generateCorpus({ n: 50, seed: 5 }).map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  ({ graph } = await runStages(seeds));
  const first = emitIncremental(graph);
  memo = first.memo;
  onDisk = new Map([...first.files].map(([p, t]) => [p, contentHash(t)]));
}, 120_000);

let state = 3;
const pick = <T>(xs: readonly T[]): T => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return xs[state % xs.length]!;
};

type Change = (g: Graph) => void;
const changes: Record<string, Change> = {
  'an actor renamed (same id)': (g) => { pick(g.actors).name += ' Jr'; },
  'an actor of another kind': (g) => { const a = pick(g.actors); a.kind = a.kind === 'person' ? 'organization' : 'person'; },
  'an actor with another role': (g) => { pick(g.actors).role = 'Special envoy'; },
  'an actor with one more alias': (g) => { pick(g.actors).aliases.push('the envoy'); },
  'an actor with one more role': (g) => {
    const a = pick(g.actors), m = a.mentions[0];
    if (m) a.roles.push({ source: m.source, paragraph: m.paragraph, title: 'chief negotiator' });
  },
  'an actor removed': (g) => {
    const a = pick(g.actors);
    g.actors = g.actors.filter((x) => x !== a);
    for (const q of g.quotes) if (q.speaker === a.id) q.speaker = null;
    g.statements = g.statements.filter((st) => st.speaker !== a.id);
    for (const f of g.figures) if (f.actor === a.id) f.actor = null;
    for (const e of g.events) e.actors = e.actors.filter((x) => x !== a.id);
  },
  'a source with another address and byline': (g) => { const s = pick(g.sources); s.url = 'https://example.org/other'; s.authors = ['A. Writer']; s.credits = ['Photo: X']; },
  'a mention added': (g) => {
    const a = pick(g.actors), s = pick(g.sources.filter((x) => x.paragraphs.length > 1)), p = pick(s.paragraphs);
    a.mentions.push({ source: s.id, paragraph: p.id, text: p.text.split(' ').slice(0, 2).join(' ') });
  },
  'a mention removed': (g) => { const a = pick(g.actors.filter((x) => x.mentions.length > 2)); a.mentions.splice(1, 1); },
  'a source retitled': (g) => { pick(g.sources).title += ' (updated)'; },
  'a source from another publisher': (g) => { pick(g.sources).publisher = 'Another Wire'; },
  'a source re-dated': (g) => { pick(g.sources.filter((s) => s.published)).published = '2019-01-02'; },
  'a paragraph reworded': (g) => { const s = pick(g.sources.filter((x) => x.paragraphs.length > 0)); pick(s.paragraphs).text += ' Officials declined to comment.'; },
  'a topic renamed': (g) => { pick(g.topics).name += ' talks'; },
  'a topic with another term': (g) => { pick(g.topics).terms.push('new term'); },
  'a topic removed': (g) => { g.topics.splice(g.topics.indexOf(pick(g.topics)), 1); },
  'a paragraph added to a topic': (g) => { const t = pick(g.topics), s = pick(g.sources.filter((x) => x.paragraphs.length > 0)); t.paragraphs.push({ source: s.id, paragraph: s.paragraphs[0]!.id }); },
  'a topic grown past another, through paragraphs that name nobody': (g) => {
    // A fact's paragraph in two topics: the smaller grows (through paragraphs no page cites) until it is the bigger,
    // so pages that group that fact by its biggest topic change while none of the paragraphs they cite do.
    const key = (c: { source: string; paragraph: string }) => `${c.source}#${c.paragraph}`;
    const used = new Set([...g.quotes, ...g.statements, ...g.figures, ...g.events, ...g.actors.flatMap((a) => a.mentions)].map(key));
    const topicsOf = new Map<string, typeof g.topics>();
    for (const t of g.topics) for (const c of t.paragraphs) topicsOf.set(key(c), [...(topicsOf.get(key(c)) ?? []), t]);
    const shared = [...g.quotes, ...g.statements].map(key).filter((k) => (topicsOf.get(k)?.length ?? 0) >= 2);
    if (!shared.length) return;
    const [x, y] = topicsOf.get(pick(shared))!.sort((a, b) => a.paragraphs.length - b.paragraphs.length);
    const free = g.sources.flatMap((s) => s.paragraphs.map((p) => ({ source: s.id, paragraph: p.id }))).filter((c) => !used.has(key(c)));
    for (const c of free.slice(0, y!.paragraphs.length - x!.paragraphs.length + 5)) x!.paragraphs.push(c);
  },
  'a quote reworded': (g) => { pick(g.quotes).text += ' indeed'; },
  'a quote with another verb, partial, inferred': (g) => { const q = pick(g.quotes); q.verb = 'warned'; q.partial = !q.partial; q.confidence = 'inferred'; },
  'a quote given to another speaker': (g) => { pick(g.quotes).speaker = pick(g.actors).id; },
  'a statement reworded': (g) => { if (g.statements.length) pick(g.statements).text += ' again'; },
  'a figure changed': (g) => { const f = pick(g.figures); f.value *= 2; f.text = `${f.text} (doubled)`; },
  'a figure about something else': (g) => { pick(g.figures).about = 'the reconstruction fund'; },
  'a figure attributed to another actor': (g) => { pick(g.figures).actor = pick(g.actors).id; },
  'an event re-dated': (g) => { const e = pick(g.events); e.date = '2018-05-06'; e.precision = 'day'; },
  'an event with another cue': (g) => { const e = pick(g.events); e.cue = 'last spring'; e.precision = 'year'; },
  'an event naming another actor': (g) => { pick(g.events).actors.push(pick(g.actors).id); },
  'a disagreement removed': (g) => { if (g.disagreements.length) g.disagreements.splice(0, 1); },
  'a disagreement added': (g) => {
    const [a, b] = [pick(g.figures), pick(g.figures)];
    if (a.id !== b.id) g.disagreements.push({ id: `disagreement-${a.id}`, subject: 'the cost', figures: [a.id, b.id].sort() });
  },
};

describe('emit memo', () => {
  for (const [what, change] of Object.entries(changes)) {
    it(`after ${what}: every reused page is the page a full build makes`, () => {
      for (let round = 0; round < 3; round++) {
        const changed = structuredClone(graph);
        change(changed);
        const inc = emitIncremental(changed, { memo, onDisk });
        const full = emitIncremental(changed);
        expect([...inc.files.keys(), ...inc.kept.keys()].sort(), what).toEqual([...full.files.keys()].sort());
        for (const [path, text] of full.files) {
          if (inc.kept.has(path)) expect(inc.kept.get(path), `${what}: ${path} reused`).toBe(contentHash(text));
          else expect(inc.files.get(path), `${what}: ${path}`).toBe(text);
        }
        expect(inc.built, what).toBeLessThan(inc.groups);
      }
    });
  }
});
