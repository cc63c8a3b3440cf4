/**
 * Briefing: read-only indexes over a Graph that the page builders query (facts by actor, by topic,
 * by paragraph; co-mentions; reading order). Every list it returns is in a stable order.
 */
import type { Actor, Citation, DatedEvent, Disagreement, Figure, Graph, Quote, Statement, Topic } from '../model/graph.ts';
import type { Paragraph, Source } from '../model/source.ts';
import { cmp } from '../model/compare.ts';

export type Fact =
  | { kind: 'quote'; fact: Quote }
  | { kind: 'statement'; fact: Statement };

export interface TopicFacts {
  quotes: Quote[];
  statements: Statement[];
  figures: Figure[];
  events: DatedEvent[];
  disagreements: Disagreement[];
}

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
  // Indexes so that per-page queries never scan the whole graph (emit stays linear in the corpus).
  private readonly quotesBySpeaker = new Map<string, Quote[]>();
  private readonly statementsBySpeaker = new Map<string, Statement[]>();
  private readonly figuresByActor = new Map<string, Figure[]>();
  private readonly eventsByActor = new Map<string, DatedEvent[]>();
  private readonly figureById = new Map<string, Figure>();
  /** Paragraph key → mentions in it (text, actor id), in graph order. */
  private readonly mentionsByKey = new Map<string, { text: string; actor: string }[]>();
  private readonly mentionsBySource = new Map<string, number>();
  /** Paragraph key → topic id → how many times the topic lists that paragraph. */
  private readonly topicCountsByKey = new Map<string, Map<string, number>>();
  private byTopic: Map<string, TopicFacts> | null = null;
  private sortedSources: Source[] | null = null;
  private sortedActors: Actor[] | null = null;
  private sortedTopics: Topic[] | null = null;

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
        const counts = this.topicCountsByKey.get(key) ?? new Map<string, number>();
        counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
        this.topicCountsByKey.set(key, counts);
      }
    }
    for (const a of graph.actors) {
      for (const m of a.mentions) {
        const key = citationKey(m);
        const list = this.mentionsByKey.get(key) ?? [];
        list.push({ text: m.text, actor: a.id });
        this.mentionsByKey.set(key, list);
        this.mentionsBySource.set(m.source, (this.mentionsBySource.get(m.source) ?? 0) + 1);
      }
    }
    const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const q of graph.quotes) if (q.speaker) push(this.quotesBySpeaker, q.speaker, q);
    for (const st of graph.statements) push(this.statementsBySpeaker, st.speaker, st);
    for (const f of graph.figures) {
      if (f.actor) push(this.figuresByActor, f.actor, f);
      if (!this.figureById.has(f.id)) this.figureById.set(f.id, f);
    }
    for (const e of graph.events) for (const id of new Set(e.actors)) push(this.eventsByActor, id, e);
  }

  /** Sources, newest first; undated last; then by id. */
  get sources(): Source[] {
    this.sortedSources ??= [...this.graph.sources].sort(compareSources);
    return [...this.sortedSources];
  }
  get actors(): Actor[] {
    this.sortedActors ??= [...this.graph.actors].sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.name, b.name) || cmp(a.id, b.id));
    return [...this.sortedActors];
  }
  get topics(): Topic[] {
    this.sortedTopics ??= [...this.graph.topics].sort((a, b) => b.paragraphs.length - a.paragraphs.length || cmp(a.name, b.name));
    return [...this.sortedTopics];
  }

  source(id: string): Source | undefined { return this.sourceById.get(id); }
  actor(id: string | null | undefined): Actor | undefined { return id ? this.actorById.get(id) : undefined; }
  topic(id: string): Topic | undefined { return this.topicById.get(id); }
  paragraph(c: Citation): Paragraph | undefined { return this.paragraphByKey.get(citationKey(c)); }
  figure(id: string): Figure | undefined { return this.figureById.get(id); }
  /** Mentions in a paragraph (surface text and actor id), in graph order. */
  mentionsIn(c: Citation): { text: string; actor: string }[] { return this.mentionsByKey.get(citationKey(c)) ?? []; }
  /** Number of actor mentions in a source. */
  mentionCount(sourceId: string): number { return this.mentionsBySource.get(sourceId) ?? 0; }

  /** Actor ids mentioned in a paragraph. */
  actorsIn(c: Citation): string[] { return this.actorsByKey.get(citationKey(c)) ?? []; }
  /** Topics a paragraph belongs to, biggest topic first. */
  topicsOf(c: Citation): Topic[] {
    return [...(this.topicsByKey.get(citationKey(c)) ?? [])].sort((a, b) => b.paragraphs.length - a.paragraphs.length || cmp(a.id, b.id));
  }
  /** Quotes, statements, figures and events in a topic's paragraphs, in graph order (indexed once for all topics). */
  inTopicAll(topic: Topic): TopicFacts {
    if (!this.byTopic) {
      const index = new Map<string, TopicFacts>();
      const entry = (t: Topic): TopicFacts => {
        let e = index.get(t.id);
        if (!e) index.set(t.id, (e = { quotes: [], statements: [], figures: [], events: [], disagreements: [] }));
        return e;
      };
      const each = <K extends Exclude<keyof TopicFacts, 'disagreements'>>(key: K, list: readonly TopicFacts[K][number][]) => {
        for (const x of list) for (const t of new Set(this.topicsByKey.get(citationKey(x)) ?? [])) (entry(t)[key] as TopicFacts[K][number][]).push(x);
      };
      each('quotes', this.graph.quotes);
      each('statements', this.graph.statements);
      each('figures', this.graph.figures);
      each('events', this.graph.events);
      for (const d of this.graph.disagreements) {
        const topics = new Set<Topic>();
        for (const id of d.figures) {
          const f = this.figure(id);
          if (f) for (const t of this.topicsByKey.get(citationKey(f)) ?? []) topics.add(t);
        }
        for (const t of topics) entry(t).disagreements.push(d);
      }
      this.byTopic = index;
    }
    return this.byTopic.get(topic.id) ?? { quotes: [], statements: [], figures: [], events: [], disagreements: [] };
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
      ...(this.quotesBySpeaker.get(actorId) ?? []).map((fact): Fact => ({ kind: 'quote', fact })),
      ...(this.statementsBySpeaker.get(actorId) ?? []).map((fact): Fact => ({ kind: 'statement', fact })),
    ];
    return facts.sort((a, b) => this.compareCitations(a.fact, b.fact) || cmp(a.fact.id, b.fact.id));
  }

  figuresBy(actorId: string): Figure[] {
    return [...(this.figuresByActor.get(actorId) ?? [])].sort((a, b) => this.compareCitations(a, b) || cmp(a.id, b.id));
  }

  eventsOf(actorId: string): DatedEvent[] {
    return this.sortEvents(this.eventsByActor.get(actorId) ?? []);
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
    return this.inSourceOrder([...out.keys()]).map((source) => ({ source, ...out.get(source.id)! }));
  }

  /** Topics whose paragraphs mention the actor, with counts. */
  topicsOfActor(actorId: string): { topic: Topic; count: number }[] {
    const actor = this.actor(actorId);
    if (!actor) return [];
    const keys = new Set(actor.mentions.map(citationKey));
    for (const f of this.factsBy(actorId)) keys.add(citationKey(f.fact));
    const counts = new Map<string, number>();
    for (const key of keys) for (const [id, n] of this.topicCountsByKey.get(key) ?? []) counts.set(id, (counts.get(id) ?? 0) + n);
    return this.topics
      .map((topic) => ({ topic, count: counts.get(topic.id) ?? 0 }))
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
    return this.inSourceOrder([...counts.keys()]).map((source) => ({ source, count: counts.get(source.id)! }));
  }

  /** The sources with these ids, in the order of `sources` (newest first). */
  private inSourceOrder(ids: string[]): Source[] {
    return ids
      .filter((id) => this.sourceById.has(id))
      .sort((x, y) => this.sourceOrder.get(x)! - this.sourceOrder.get(y)!)
      .map((id) => this.sourceById.get(id)!);
  }
}

export { cmp } from '../model/compare.ts';

/** Newest first, undated last, then by id. */
function compareSources(a: Source, b: Source): number {
  if (a.published && b.published) return cmp(b.published, a.published) || cmp(a.id, b.id);
  if (a.published) return -1;
  if (b.published) return 1;
  return cmp(a.id, b.id);
}
