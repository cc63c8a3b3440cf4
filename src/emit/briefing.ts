/**
 * Briefing: read-only indexes over a Graph that the page builders query (facts by actor, by topic,
 * by paragraph; co-mentions; reading order). Every list it returns is in a stable order.
 *
 * It is also the only way a page reads the graph, so it can say what a page read: inside `track()`, every query
 * records the keys of the data it looked at (`s:<source>`, `am:<actor>` for an actor's mentions, `l:<index>:<key>`
 * for one list of an index, …), and `fingerprint(key)` hashes that data. A page whose keys all hash as they did last
 * time reads the same data, so it is the same page (src/emit/memo.ts). Queries hand out actor and topic *refs* (name,
 * kind, terms: no mentions or paragraphs), so a page cannot read what its keys do not cover; the full records come
 * from `actorFull` / `topicFull`, which record them.
 */
import { hash as digest } from 'node:crypto';
import type { Actor, Citation, DatedEvent, Disagreement, Figure, Graph, Quote, Statement, Topic } from '../model/graph.ts';
import type { Paragraph, Source } from '../model/source.ts';
import { cmp } from '../model/compare.ts';
import type { PageReuse } from './memo.ts';

export type Fact =
  | { kind: 'quote'; fact: Quote }
  | { kind: 'statement'; fact: Statement };

/** What a page may know of an actor it does not belong to. */
export type ActorRef = Pick<Actor, 'id' | 'name' | 'kind' | 'role' | 'aliases'>;
/** What a page may know of a topic it does not belong to. */
export type TopicRef = Pick<Topic, 'id' | 'name' | 'terms'>;

export interface TopicFacts {
  quotes: Quote[];
  statements: Statement[];
  figures: Figure[];
  events: DatedEvent[];
  disagreements: Disagreement[];
}

export interface MapEdge { source: string; target: string; weight: number; speech: boolean }

export const citationKey = (c: Citation): string => `${c.source}#${c.paragraph}`;

/** Indexes keyed by paragraph (`source#p3`). */
const BY_PARAGRAPH = new Set<string>(['topicsByKey', 'actorsByKey', 'mentionsByKey', 'topicCountsByKey']);

/** The indexes of a briefing: each list is read (and recorded, and fingerprinted) by its key. */
interface Indexes {
  topicsByKey: Map<string, Topic[]>;
  actorsByKey: Map<string, string[]>;
  quotesBySpeaker: Map<string, Quote[]>;
  statementsBySpeaker: Map<string, Statement[]>;
  figuresByActor: Map<string, Figure[]>;
  eventsByActor: Map<string, DatedEvent[]>;
  /** Paragraph key → mentions in it (text, actor id), in graph order. */
  mentionsByKey: Map<string, { text: string; actor: string }[]>;
  /** Paragraph key → [topic id, how many times the topic lists that paragraph]. */
  topicCountsByKey: Map<string, [string, number][]>;
  edgesByActor: Map<string, MapEdge[]>;
}

function paragraphIndex(id: string): number {
  const n = Number(id.replace(/^\D+/, ''));
  return Number.isFinite(n) ? n : 0;
}

const actorRef = (a: Actor): ActorRef => ({ id: a.id, name: a.name, kind: a.kind, role: a.role, aliases: a.aliases });
const topicRef = (t: Topic): TopicRef => ({ id: t.id, name: t.name, terms: t.terms });

const hash = (value: unknown): string => digest('sha1', JSON.stringify(value) ?? 'undefined', 'base64');

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class Briefing {
  private readonly g: Graph;
  private readonly sourceById = new Map<string, Source>();
  private readonly actorById = new Map<string, Actor>();
  private readonly actorRefs = new Map<string, ActorRef>();
  private readonly topicById = new Map<string, Topic>();
  private readonly topicRefs = new Map<string, TopicRef>();
  private readonly paragraphByKey = new Map<string, Paragraph>();
  private readonly index: Indexes = {
    topicsByKey: new Map(), actorsByKey: new Map(), quotesBySpeaker: new Map(), statementsBySpeaker: new Map(), figuresByActor: new Map(),
    eventsByActor: new Map(), mentionsByKey: new Map(), topicCountsByKey: new Map(), edgesByActor: new Map(),
  };
  private readonly mentionsBySource = new Map<string, number>();
  private readonly figureById = new Map<string, Figure>();
  private byTopic: Map<string, TopicFacts> | null = null;
  private sortedSources: Source[] | null = null;
  private sortedActors: Actor[] | null = null;
  private sortedTopics: Topic[] | null = null;
  /** While a group is built: the last run's pages of its long lists, to reuse those still right (src/emit/memo.ts). */
  pages: PageReuse | null = null;
  /** The keys the page being built has read (null outside `track`). */
  private rec: Set<string> | null = null;
  /** Sources whose dates the page's orderings read (recorded as `s:` keys when the page is done). */
  private recSources: Set<string> | null = null;
  private readonly prints = new Map<string, string>();
  /** Answers of the costlier queries, with the keys they read (recorded again whenever the answer is reused). */
  private readonly answers = new Map<string, { value: unknown; keys: string[]; sources: string[] }>();
  /** Reading order of the sources (by date, undated last, then id), as numbers for `compareCitations`. */
  private readonly readingRank = new Map<string, number>();

  constructor(graph: Graph) {
    this.g = graph;
    for (const s of graph.sources) {
      this.sourceById.set(s.id, s);
      for (const p of s.paragraphs) this.paragraphByKey.set(`${s.id}#${p.id}`, p);
    }
    const ix = this.index;
    for (const a of graph.actors) {
      this.actorById.set(a.id, a);
      this.actorRefs.set(a.id, actorRef(a));
      for (const m of a.mentions) {
        const key = citationKey(m);
        const list = ix.actorsByKey.get(key);
        if (!list) ix.actorsByKey.set(key, [a.id]);
        else if (!list.includes(a.id)) list.push(a.id);
        push(ix.mentionsByKey, key, { text: m.text, actor: a.id });
        this.mentionsBySource.set(m.source, (this.mentionsBySource.get(m.source) ?? 0) + 1);
      }
    }
    const counts = new Map<string, Map<string, number>>();
    for (const t of graph.topics) {
      this.topicById.set(t.id, t);
      this.topicRefs.set(t.id, topicRef(t));
      for (const c of t.paragraphs) {
        const key = citationKey(c);
        const list = ix.topicsByKey.get(key);
        if (!list) ix.topicsByKey.set(key, [t]);
        else if (!list.includes(t)) list.push(t);
        const byTopic = counts.get(key) ?? counts.set(key, new Map()).get(key)!;
        byTopic.set(t.id, (byTopic.get(t.id) ?? 0) + 1);
      }
    }
    for (const [key, byTopic] of counts) ix.topicCountsByKey.set(key, [...byTopic.entries()]);
    for (const q of graph.quotes) if (q.speaker) push(ix.quotesBySpeaker, q.speaker, q);
    for (const st of graph.statements) push(ix.statementsBySpeaker, st.speaker, st);
    for (const f of graph.figures) {
      if (f.actor) push(ix.figuresByActor, f.actor, f);
      if (!this.figureById.has(f.id)) this.figureById.set(f.id, f);
    }
    for (const e of graph.events) for (const id of new Set(e.actors)) push(ix.eventsByActor, id, e);
    this.indexEdges();
    [...graph.sources]
      .sort((a, b) => cmp(a.published ?? '9999', b.published ?? '9999') || cmp(a.id, b.id))
      .forEach((src, i) => this.readingRank.set(src.id, i));
  }

  /** Co-mention (same paragraph) and speech (speaks in a paragraph naming the other) edges, by actor. */
  private indexEdges(): void {
    const out = new Map<string, MapEdge>();
    const add = (a: string, b: string, speech: boolean): void => {
      if (a === b) return;
      const [s, t] = cmp(a, b) < 0 ? [a, b] : [b, a];
      const key = `${s}|${t}`;
      const e = out.get(key) ?? { source: s, target: t, weight: 0, speech: false };
      if (speech) e.speech = true;
      else e.weight++;
      out.set(key, e);
    };
    for (const key of [...this.index.actorsByKey.keys()].sort()) {
      const ids = [...this.index.actorsByKey.get(key)!].sort();
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) add(ids[i]!, ids[j]!, false);
    }
    for (const f of [...this.g.quotes, ...this.g.statements]) {
      if (!f.speaker) continue;
      for (const other of this.index.actorsByKey.get(citationKey(f)) ?? []) add(f.speaker, other, true);
    }
    for (const key of [...out.keys()].sort()) {
      const e = out.get(key)!;
      push(this.index.edgesByActor, e.source, e);
      push(this.index.edgesByActor, e.target, e);
    }
    this.edgeByPair = out;
  }

  /** Edges keyed `a|b` (a < b). */
  private edgeByPair = new Map<string, MapEdge>();

  // —— Recording what a page reads ——

  /** Runs `build` and returns what it made with the keys of everything it read through this briefing. */
  track<T>(build: () => T): { value: T; keys: Set<string> } {
    const outer = this.rec, outerSources = this.recSources;
    const keys = new Set<string>();
    const sources = new Set<string>();
    this.rec = keys;
    this.recSources = sources;
    try {
      const value = build();
      for (const id of sources) keys.add(`s:${id}`);
      // A page built inside another's build (a long list's page) is part of what the outer build read.
      if (outer) for (const k of keys) outer.add(k);
      return { value, keys };
    } finally {
      this.rec = outer;
      this.recSources = outerSources;
    }
  }

  /** Records keys read by an earlier build whose result is reused (so the outer build depends on them too). */
  recordKeys(keys: Iterable<string>): void {
    if (this.rec) for (const k of keys) this.rec.add(k);
  }

  /**
   * A hash of data a page is given rather than reads (a long list's items): sources in it count by their
   * fingerprint, the rest as written.
   */
  print(value: readonly unknown[]): string {
    // Records are hashed once each (a source, a fact); rows that hold one (`{ source, count }`) by that hash.
    const part = (v: unknown): string => {
      if (!v || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
      if (Array.isArray(v)) return `[${v.map(part).join(',')}]`;
      if (this.objectPrints.has(v) || 'id' in v) return this.objectPrint(v);
      return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${part(x)}`).join(',')}}`;
    };
    return digest('sha1', part(value), 'base64');
  }

  private read(key: string): void {
    this.rec?.add(key);
  }

  /**
   * A query's answer, computed once per briefing: the keys it read are recorded again each time it is reused, so a
   * page that reuses an answer depends on what the answer was made from. Callers get a copy of a list answer.
   */
  private answer<T>(name: string, arg: string, compute: () => T): T {
    const id = `${name}\u0000${arg}`;
    let hit = this.answers.get(id);
    if (!hit) {
      const outer = this.rec, outerSources = this.recSources;
      const keys = new Set<string>(), sources = new Set<string>();
      this.rec = keys;
      this.recSources = sources;
      try {
        hit = { value: compute(), keys: [...keys], sources: [...sources] };
      } finally {
        this.rec = outer;
        this.recSources = outerSources;
      }
      this.answers.set(id, hit);
    }
    if (this.rec) for (const k of hit.keys) this.rec.add(k);
    if (this.recSources) for (const k of hit.sources) this.recSources.add(k);
    return (Array.isArray(hit.value) ? [...hit.value] : hit.value) as T;
  }

  private list<K extends keyof Indexes>(name: K, key: string): (Indexes[K] extends Map<string, infer V> ? V : never) | undefined {
    if (this.rec) {
      // Lists by paragraph are recorded by source (`p:<index>:<source>`): a page reads many paragraphs of a source, and
      // they change together (a source's paragraphs change when the source does).
      if (BY_PARAGRAPH.has(name)) this.rec.add(`p:${name}:${key.slice(0, key.lastIndexOf('#'))}`);
      else this.rec.add(`l:${name}:${key}`);
    }
    return this.index[name].get(key) as (Indexes[K] extends Map<string, infer V> ? V : never) | undefined;
  }

  /** A hash of the data behind a key (the same data gives the same hash in any run). */
  fingerprint(key: string): string {
    if (key === 'c:graph') return 'always';
    let print = this.prints.get(key);
    if (print === undefined) {
      const data = this.dataOf(key);
      print = key.startsWith('tf:')
        ? digest('sha1', Object.values(data as TopicFacts).map((list) => this.printOf(list)).join(','), 'base64')
        : this.printOf(data);
      this.prints.set(key, print);
    }
    return print;
  }

  private readonly objectPrints = new WeakMap<object, string>();

  /** A list's hash from its items' (each record hashed once, however many lists it is in); anything else as JSON. */
  private printOf(data: unknown): string {
    if (Array.isArray(data) && data.length > 0 && data.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
      return digest('sha1', data.map((x: object) => this.objectPrint(x)).join(','), 'base64');
    }
    if (data && typeof data === 'object' && !Array.isArray(data)) return this.objectPrint(data);
    return hash(data);
  }

  private objectPrint(o: object): string {
    let print = this.objectPrints.get(o);
    if (print === undefined) {
      print = hash(o);
      this.objectPrints.set(o, print);
    }
    return print;
  }

  private dataOf(key: string): unknown {
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon), id = key.slice(colon + 1);
    switch (kind) {
      case 's': return this.sourceById.get(id) ?? null;
      case 'a': return this.actorRefs.get(id) ?? null;
      case 'am': return this.actorById.get(id)?.mentions ?? null;
      case 'ar': return this.actorById.get(id)?.roles ?? null;
      case 'ms': return this.mentionStep(id);
      case 't': return this.topicRefs.get(id) ?? null;
      case 'tp': return this.topicById.get(id)?.paragraphs ?? null;
      case 'rt': return this.topicRank(id);
      case 'lk': return this.links(id);
      case 'sp': return this.partners(id);
      case 'tf': return this.topicFacts(id);
      case 'f': return this.figureById.get(id) ?? null;
      case 'p': {
        const sep = id.indexOf(':');
        const name = id.slice(0, sep) as keyof Indexes, source = this.sourceById.get(id.slice(sep + 1));
        const index = this.index[name] as Map<string, unknown[]>;
        return (source?.paragraphs ?? []).map((p) => {
          const list = index.get(`${source!.id}#${p.id}`) ?? null;
          return name === 'topicsByKey' ? (list as Topic[] | null)?.map((t) => t.id) ?? null : list;
        });
      }
      case 'l': {
        const sep = id.indexOf(':');
        const name = id.slice(0, sep);
        const list = (this.index as unknown as Record<string, Map<string, unknown[]>>)[name]?.get(id.slice(sep + 1));
        // A paragraph's topics as ids: what a topic holds is under its own keys (`t:`, `tp:`), its rank under `rt:`.
        if (name === 'topicsByKey') return (list as Topic[] | undefined)?.map((t) => t.id) ?? null;
        return list ?? null;
      }
      case 'c':
        if (id === 'graph') return this.g;
        if (id === 'topics') return this.topicsSorted().map((t) => [t.id, t.name, t.terms, t.paragraphs.length]);
        if (id === 'sources') return this.sourcesSorted();
        if (id === 'events') return this.g.events;
        return null;
      default:
        throw new Error(`unknown briefing key ${key}`);
    }
  }

  // —— The whole graph (pages that show all of it: the overview, the timeline) ——

  get graph(): Graph {
    this.read('c:graph');
    return this.g;
  }

  private sourcesSorted(): Source[] {
    return (this.sortedSources ??= [...this.g.sources].sort(compareSources));
  }
  private actorsSorted(): Actor[] {
    return (this.sortedActors ??= [...this.g.actors].sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.name, b.name) || cmp(a.id, b.id)));
  }
  private topicsSorted(): Topic[] {
    return (this.sortedTopics ??= [...this.g.topics].sort((a, b) => b.paragraphs.length - a.paragraphs.length || cmp(a.name, b.name)));
  }

  /** Sources, newest first; undated last; then by id. */
  get sources(): Source[] {
    this.read('c:sources');
    return [...this.sourcesSorted()];
  }
  /** Actors, most mentioned first (full records: the overview). */
  get actors(): Actor[] {
    this.read('c:graph');
    return [...this.actorsSorted()];
  }
  /** Every event (the timeline). */
  get events(): DatedEvent[] {
    this.read('c:events');
    return this.g.events;
  }
  /** Topics, largest first. */
  get topics(): TopicRef[] {
    this.read('c:topics');
    return this.topicsSorted().map((t) => this.topicRefs.get(t.id)!);
  }

  // —— One record ——

  source(id: string): Source | undefined {
    this.read(`s:${id}`);
    return this.sourceById.get(id);
  }
  actor(id: string | null | undefined): ActorRef | undefined {
    if (!id) return undefined;
    this.read(`a:${id}`);
    return this.actorRefs.get(id);
  }
  /** The whole record of an actor: its own page (mentions and roles recorded). */
  actorFull(id: string): Actor | undefined {
    this.read(`a:${id}`);
    this.read(`am:${id}`);
    this.read(`ar:${id}`);
    return this.actorById.get(id);
  }
  topic(id: string): TopicRef | undefined {
    this.read(`t:${id}`);
    return this.topicRefs.get(id);
  }
  /** The whole record of a topic: its own page (paragraphs recorded). */
  topicFull(id: string): Topic | undefined {
    this.read(`t:${id}`);
    this.read(`tp:${id}`);
    return this.topicById.get(id);
  }
  paragraph(c: Citation): Paragraph | undefined {
    this.read(`s:${c.source}`);
    return this.paragraphByKey.get(citationKey(c));
  }
  figure(id: string): Figure | undefined {
    this.read(`f:${id}`);
    return this.figureById.get(id);
  }
  /** Mentions in a paragraph (surface text and actor id), in graph order. */
  mentionsIn(c: Citation): { text: string; actor: string }[] {
    return this.list('mentionsByKey', citationKey(c)) ?? [];
  }
  /** Number of actor mentions in a source. */
  mentionCount(sourceId: string): number {
    this.read(`s:${sourceId}`);
    // A source's mentions are those of its paragraphs: recorded paragraph by paragraph.
    const source = this.sourceById.get(sourceId);
    this.read(`p:mentionsByKey:${sourceId}`);
    return this.mentionsBySource.get(sourceId) ?? 0;
  }

  /** Actor ids mentioned in a paragraph. */
  actorsIn(c: Citation): string[] {
    return this.list('actorsByKey', citationKey(c)) ?? [];
  }
  /** Topics a paragraph belongs to, biggest topic first. */
  topicsOf(c: Citation): TopicRef[] {
    return this.rankTopics((this.list('topicsByKey', citationKey(c)) ?? []).map((t) => t.id)).map((id) => this.topic(id)!);
  }

  /**
   * Topic ids, biggest topic first (then by name, then id): what the order depends on is recorded as the order itself,
   * so a topic that grows without overtaking another changes no page that only shows them in order.
   */
  rankTopics(ids: readonly string[]): string[] {
    const key = [...new Set(ids)].sort().join(',');
    this.read(`rt:${key}`);
    return this.topicRank(key);
  }
  private topicRank(key: string): string[] {
    const topics = key ? key.split(',').map((id) => this.topicById.get(id)).filter((t): t is Topic => Boolean(t)) : [];
    return topics.sort((a, b) => b.paragraphs.length - a.paragraphs.length || cmp(a.name, b.name) || cmp(a.id, b.id)).map((t) => t.id);
  }
  /** Quotes, statements, figures and events in a topic's paragraphs, in graph order (indexed once for all topics). */
  inTopicAll(topic: TopicRef): TopicFacts {
    this.read(`tf:${topic.id}`);
    return this.topicFacts(topic.id);
  }
  private topicFacts(id: string): TopicFacts {
    if (!this.byTopic) {
      const index = new Map<string, TopicFacts>();
      const entry = (t: Topic): TopicFacts => {
        let e = index.get(t.id);
        if (!e) index.set(t.id, (e = { quotes: [], statements: [], figures: [], events: [], disagreements: [] }));
        return e;
      };
      const each = <K extends Exclude<keyof TopicFacts, 'disagreements'>>(key: K, list: readonly TopicFacts[K][number][]) => {
        for (const x of list) for (const t of new Set(this.index.topicsByKey.get(citationKey(x)) ?? [])) (entry(t)[key] as TopicFacts[K][number][]).push(x);
      };
      each('quotes', this.g.quotes);
      each('statements', this.g.statements);
      each('figures', this.g.figures);
      each('events', this.g.events);
      for (const d of this.g.disagreements) {
        const topics = new Set<Topic>();
        for (const fid of d.figures) {
          const f = this.figureById.get(fid);
          if (f) for (const t of this.index.topicsByKey.get(citationKey(f)) ?? []) topics.add(t);
        }
        for (const t of topics) entry(t).disagreements.push(d);
      }
      this.byTopic = index;
    }
    return this.byTopic.get(id) ?? { quotes: [], statements: [], figures: [], events: [], disagreements: [] };
  }

  inTopic(topic: TopicRef, c: Citation): boolean {
    return (this.list('topicsByKey', citationKey(c)) ?? []).some((t) => t.id === topic.id);
  }

  /** Reading order of citations: source date (oldest first, undated last), then paragraph number. */
  compareCitations = (a: Citation, b: Citation): number => {
    const rec = this.recSources;
    if (rec) {
      rec.add(a.source);
      rec.add(b.source);
    }
    const ra = this.readingRank.get(a.source) ?? Infinity, rb = this.readingRank.get(b.source) ?? Infinity;
    return ra - rb || (ra === Infinity ? cmp(a.source, b.source) : 0) || paragraphIndex(a.paragraph) - paragraphIndex(b.paragraph);
  };

  /** Quotes and statements by an actor, in reading order. */
  factsBy(actorId: string): Fact[] {
    return this.answer('factsBy', actorId, () => this.computeFactsBy(actorId));
  }
  private computeFactsBy(actorId: string): Fact[] {
    const facts: Fact[] = [
      ...(this.list('quotesBySpeaker', actorId) ?? []).map((fact): Fact => ({ kind: 'quote', fact })),
      ...(this.list('statementsBySpeaker', actorId) ?? []).map((fact): Fact => ({ kind: 'statement', fact })),
    ];
    return facts.sort((a, b) => this.compareCitations(a.fact, b.fact) || cmp(a.fact.id, b.fact.id));
  }

  figuresBy(actorId: string): Figure[] {
    return [...(this.list('figuresByActor', actorId) ?? [])].sort((a, b) => this.compareCitations(a, b) || cmp(a.id, b.id));
  }

  eventsOf(actorId: string): DatedEvent[] {
    return this.sortEvents(this.list('eventsByActor', actorId) ?? []);
  }

  /** Chronological; events with a date first (by date, then reading order), undated last. */
  sortEvents(events: readonly DatedEvent[]): DatedEvent[] {
    return [...events].sort((a, b) => cmp(a.date ?? '9999', b.date ?? '9999') || this.compareCitations(a, b) || cmp(a.id, b.id));
  }

  /** Actors named in the same paragraphs as `actorId`, with the number of shared paragraphs. */
  coMentioned(actorId: string): { actor: ActorRef; count: number; first: Citation }[] {
    return this.answer('coMentioned', actorId, () => this.computeCoMentioned(actorId));
  }
  private computeCoMentioned(actorId: string): { actor: ActorRef; count: number; first: Citation }[] {
    const actor = this.actorFull(actorId);
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
    return this.answer('sourcesOf', actorId, () => this.computeSourcesOf(actorId));
  }
  private computeSourcesOf(actorId: string): { source: Source; count: number; first: Citation }[] {
    const actor = this.actorFull(actorId);
    if (!actor) return [];
    const out = new Map<string, { count: number; first: Citation }>();
    for (const m of [...actor.mentions].sort(this.compareCitations)) {
      const e = out.get(m.source);
      if (e) e.count++;
      else out.set(m.source, { count: 1, first: { source: m.source, paragraph: m.paragraph } });
    }
    return this.inSourceOrder([...out.keys()]).map((source) => ({ source, ...out.get(source.id)! }));
  }

  /** Topics whose paragraphs mention the actor, with counts (largest count first, then by name). */
  topicsOfActor(actorId: string): { topic: TopicRef; count: number }[] {
    return this.answer('topicsOfActor', actorId, () => this.computeTopicsOfActor(actorId));
  }
  private computeTopicsOfActor(actorId: string): { topic: TopicRef; count: number }[] {
    const actor = this.actorFull(actorId);
    if (!actor) return [];
    const keys = new Set(actor.mentions.map(citationKey));
    for (const f of this.factsBy(actorId)) keys.add(citationKey(f.fact));
    const counts = new Map<string, number>();
    for (const key of keys) for (const [id, n] of this.list('topicCountsByKey', key) ?? []) counts.set(id, (counts.get(id) ?? 0) + n);
    return [...counts.entries()]
      .map(([id, count]) => ({ topic: this.topic(id)!, count }))
      .sort((a, b) => b.count - a.count || cmp(a.topic.name, b.topic.name) || cmp(a.topic.id, b.topic.id));
  }

  /** Actors mentioned in a topic's paragraphs, with counts. */
  actorsOfTopic(topic: TopicRef): { actor: ActorRef; count: number; first: Citation }[] {
    return this.answer('actorsOfTopic', topic.id, () => this.computeActorsOfTopic(topic));
  }
  private computeActorsOfTopic(topic: TopicRef): { actor: ActorRef; count: number; first: Citation }[] {
    const full = this.topicFull(topic.id)!;
    const out = new Map<string, { count: number; first: Citation }>();
    for (const c of [...full.paragraphs].sort(this.compareCitations)) {
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

  sourcesOfTopic(topic: TopicRef): { source: Source; count: number }[] {
    return this.answer('sourcesOfTopic', topic.id, () => this.computeSourcesOfTopic(topic));
  }
  private computeSourcesOfTopic(topic: TopicRef): { source: Source; count: number }[] {
    const full = this.topicFull(topic.id)!;
    const counts = new Map<string, number>();
    for (const c of full.paragraphs) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
    return this.inSourceOrder([...counts.keys()]).map((source) => ({ source, count: counts.get(source.id)! }));
  }

  /** Actors an actor speaks about, or who speak about it (speech edges), by id. */
  speechPartners(actorId: string): string[] {
    this.read(`sp:${actorId}`);
    return this.partners(actorId);
  }
  private partners(actorId: string): string[] {
    return (this.index.edgesByActor.get(actorId) ?? []).filter((e) => e.speech).map((e) => (e.source === actorId ? e.target : e.source)).sort();
  }

  /**
   * The edges among some actors (each chosen actor's own edges, in key order: no scan of the whole graph), with their
   * weight in steps of doubling (1 to 4): what a map draws. Recorded as that answer, so a map changes only when it does.
   */
  linksAmong(ids: readonly string[]): MapEdge[] {
    const key = [...new Set(ids)].sort().join(',');
    this.read(`lk:${key}`);
    return this.links(key);
  }
  private links(key: string): MapEdge[] {
    const ids = key ? key.split(',') : []; // sorted
    const out: MapEdge[] = [];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const e = this.edgeByPair.get(`${ids[i]}|${ids[j]}`);
        if (e) out.push({ ...e, weight: 1 + Math.min(3, Math.floor(Math.log2(Math.max(1, e.weight)))) });
      }
    }
    return out;
  }

  /** How many times an actor is mentioned, in steps of doubling (1 to 6): what a map shows of it. */
  mentionSteps(actorId: string): number {
    this.read(`ms:${actorId}`);
    return this.mentionStep(actorId);
  }
  private mentionStep(actorId: string): number {
    const n = this.actorById.get(actorId)?.mentions.length ?? 1;
    return 1 + Math.min(5, Math.floor(Math.log2(Math.max(1, n))));
  }

  /** The sources with these ids, in the order of `sources` (newest first). */
  private inSourceOrder(ids: string[]): Source[] {
    return ids
      .map((id) => this.source(id))
      .filter((s): s is Source => Boolean(s))
      .sort(compareSources);
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
