/**
 * Briefing: read-only indexes over a Graph that the page builders query (facts by actor, by topic,
 * by paragraph; co-mentions; reading order). Every list it returns is in a stable order.
 */
import type { Actor, Citation, DatedEvent, Figure, Graph, Quote, Statement, Topic } from '../model/graph.ts';
import type { Paragraph, Source } from '../model/source.ts';

export type Fact =
  | { kind: 'quote'; fact: Quote }
  | { kind: 'statement'; fact: Statement };

export const citationKey = (c: Citation): string => `${c.source}#${c.paragraph}`;

function paragraphIndex(id: string): number {
  const n = Number(id.replace(/^\D+/, ''));
  return Number.isFinite(n) ? n : 0;
}

export class Briefing {
  readonly graph: Graph;
  private readonly sourceById = new Map<string, Source>();
  private readonly actorById = new Map<string, Actor>();
  private readonly topicById = new Map<string, Topic>();
  private readonly paragraphByKey = new Map<string, Paragraph>();
  private readonly topicsByKey = new Map<string, Topic[]>();
  private readonly actorsByKey = new Map<string, string[]>();
  private readonly sourceOrder = new Map<string, number>();

  constructor(graph: Graph) {
    this.graph = graph;
    const sources = [...graph.sources].sort(compareSources);
    sources.forEach((s, i) => this.sourceOrder.set(s.id, i));
    for (const s of graph.sources) {
      this.sourceById.set(s.id, s);
      for (const p of s.paragraphs) this.paragraphByKey.set(`${s.id}#${p.id}`, p);
    }
    for (const a of graph.actors) {
      this.actorById.set(a.id, a);
      for (const m of a.mentions) {
        const key = citationKey(m);
        const list = this.actorsByKey.get(key) ?? [];
        if (!list.includes(a.id)) list.push(a.id);
        this.actorsByKey.set(key, list);
      }
    }
    for (const t of graph.topics) {
      this.topicById.set(t.id, t);
      for (const c of t.paragraphs) {
        const key = citationKey(c);
        const list = this.topicsByKey.get(key) ?? [];
        if (!list.includes(t)) list.push(t);
        this.topicsByKey.set(key, list);
      }
    }
  }

  /** Sources, newest first; undated last; then by id. */
  get sources(): Source[] {
    return [...this.graph.sources].sort(compareSources);
  }
  get actors(): Actor[] {
    return [...this.graph.actors].sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.name, b.name) || cmp(a.id, b.id));
  }
  get topics(): Topic[] {
    return [...this.graph.topics].sort((a, b) => b.paragraphs.length - a.paragraphs.length || cmp(a.name, b.name));
  }

  source(id: string): Source | undefined { return this.sourceById.get(id); }
  actor(id: string | null | undefined): Actor | undefined { return id ? this.actorById.get(id) : undefined; }
  topic(id: string): Topic | undefined { return this.topicById.get(id); }
  paragraph(c: Citation): Paragraph | undefined { return this.paragraphByKey.get(citationKey(c)); }
  figure(id: string): Figure | undefined { return this.graph.figures.find((f) => f.id === id); }

  /** Actor ids mentioned in a paragraph. */
  actorsIn(c: Citation): string[] { return this.actorsByKey.get(citationKey(c)) ?? []; }
  /** Topics a paragraph belongs to, biggest topic first. */
  topicsOf(c: Citation): Topic[] {
    return [...(this.topicsByKey.get(citationKey(c)) ?? [])].sort((a, b) => b.paragraphs.length - a.paragraphs.length || cmp(a.id, b.id));
  }
  inTopic(topic: Topic, c: Citation): boolean {
    return (this.topicsByKey.get(citationKey(c)) ?? []).includes(topic);
  }

  /** Reading order of citations: source date (oldest first, undated last), then paragraph number. */
  compareCitations = (a: Citation, b: Citation): number => {
    const sa = this.source(a.source), sb = this.source(b.source);
    const da = sa?.published ?? '9999', db = sb?.published ?? '9999';
    return cmp(da, db) || cmp(a.source, b.source) || paragraphIndex(a.paragraph) - paragraphIndex(b.paragraph);
  };

  /** Quotes and statements by an actor, in reading order. */
  factsBy(actorId: string): Fact[] {
    const facts: Fact[] = [
      ...this.graph.quotes.filter((q) => q.speaker === actorId).map((fact): Fact => ({ kind: 'quote', fact })),
      ...this.graph.statements.filter((s) => s.speaker === actorId).map((fact): Fact => ({ kind: 'statement', fact })),
    ];
    return facts.sort((a, b) => this.compareCitations(a.fact, b.fact) || cmp(a.fact.id, b.fact.id));
  }

  figuresBy(actorId: string): Figure[] {
    return this.graph.figures.filter((f) => f.actor === actorId).sort((a, b) => this.compareCitations(a, b) || cmp(a.id, b.id));
  }

  eventsOf(actorId: string): DatedEvent[] {
    return this.sortEvents(this.graph.events.filter((e) => e.actors.includes(actorId)));
  }

  /** Chronological; events with a date first (by date, then reading order), undated last. */
  sortEvents(events: DatedEvent[]): DatedEvent[] {
    return [...events].sort((a, b) => cmp(a.date ?? '9999', b.date ?? '9999') || this.compareCitations(a, b) || cmp(a.id, b.id));
  }

  /** Actors named in the same paragraphs as `actorId`, with the number of shared paragraphs. */
  coMentioned(actorId: string): { actor: Actor; count: number; first: Citation }[] {
    const actor = this.actor(actorId);
    if (!actor) return [];
    const counts = new Map<string, { count: number; first: Citation }>();
    const seen = new Set<string>();
    const cites = [...actor.mentions].sort(this.compareCitations);
    for (const m of cites) {
      const key = citationKey(m);
      if (seen.has(key)) continue;
      seen.add(key);
      for (const other of this.actorsIn(m)) {
        if (other === actorId) continue;
        const entry = counts.get(other);
        if (entry) entry.count++;
        else counts.set(other, { count: 1, first: { source: m.source, paragraph: m.paragraph } });
      }
    }
    return [...counts.entries()]
      .map(([id, v]) => ({ actor: this.actor(id)!, ...v }))
      .filter((x) => x.actor)
      .sort((a, b) => b.count - a.count || cmp(a.actor.name, b.actor.name));
  }

  /** Sources that mention an actor, with mention counts, in source order. */
  sourcesOf(actorId: string): { source: Source; count: number; first: Citation }[] {
    const actor = this.actor(actorId);
    if (!actor) return [];
    const out = new Map<string, { count: number; first: Citation }>();
    for (const m of [...actor.mentions].sort(this.compareCitations)) {
      const e = out.get(m.source);
      if (e) e.count++;
      else out.set(m.source, { count: 1, first: { source: m.source, paragraph: m.paragraph } });
    }
    return this.sources.filter((s) => out.has(s.id)).map((source) => ({ source, ...out.get(source.id)! }));
  }

  /** Topics whose paragraphs mention the actor, with counts. */
  topicsOfActor(actorId: string): { topic: Topic; count: number }[] {
    const actor = this.actor(actorId);
    if (!actor) return [];
    const keys = new Set(actor.mentions.map(citationKey));
    for (const f of this.factsBy(actorId)) keys.add(citationKey(f.fact));
    return this.topics
      .map((topic) => ({ topic, count: topic.paragraphs.filter((p) => keys.has(citationKey(p))).length }))
      .filter((x) => x.count > 0)
      .sort((a, b) => b.count - a.count || cmp(a.topic.name, b.topic.name));
  }

  /** Actors mentioned in a topic's paragraphs, with counts. */
  actorsOfTopic(topic: Topic): { actor: Actor; count: number; first: Citation }[] {
    const out = new Map<string, { count: number; first: Citation }>();
    for (const c of [...topic.paragraphs].sort(this.compareCitations)) {
      for (const id of this.actorsIn(c)) {
        const e = out.get(id);
        if (e) e.count++;
        else out.set(id, { count: 1, first: { source: c.source, paragraph: c.paragraph } });
      }
    }
    return [...out.entries()]
      .map(([id, v]) => ({ actor: this.actor(id)!, ...v }))
      .filter((x) => x.actor)
      .sort((a, b) => b.count - a.count || cmp(a.actor.name, b.actor.name));
  }

  sourcesOfTopic(topic: Topic): { source: Source; count: number }[] {
    const counts = new Map<string, number>();
    for (const c of topic.paragraphs) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
    return this.sources.filter((s) => counts.has(s.id)).map((source) => ({ source, count: counts.get(source.id)! }));
  }
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first, undated last, then by id. */
function compareSources(a: Source, b: Source): number {
  if (a.published && b.published) return cmp(b.published, a.published) || cmp(a.id, b.id);
  if (a.published) return -1;
  if (b.published) return 1;
  return cmp(a.id, b.id);
}
