/**
 * What changed between two versions of the knowledge graph: new and removed sources, new actors,
 * quotes, events and disagreements, and figures whose stated values changed. Pure and
 * deterministic (every list is sorted by id), with ids and citations so pages can link.
 */
import type { Citation, Graph } from '../model/graph.ts';

export interface SourceRef {
  id: string;
  slug: string;
  title: string;
  publisher: string | null;
  published: string | null;
}

export interface ActorRef {
  id: string;
  name: string;
  kind: string;
  role: string | null;
}

export interface QuoteRef extends Citation {
  id: string;
  text: string;
  /** Actor id, or null when unattributed. */
  speaker: string | null;
  /** Display name of the speaker, when the actor is in the graph. */
  speakerName: string | null;
}

export interface FigureRef extends Citation {
  id: string;
  text: string;
  value: number;
  unit: string;
  about: string | null;
  actor: string | null;
}

/** A subject (what a figure measures, in one unit) whose set of stated values differs between versions. */
export interface FigureChange {
  /** The `about` phrase, or the figure's text when it has none. */
  subject: string;
  unit: string;
  before: FigureRef[];
  after: FigureRef[];
}

export interface EventRef extends Citation {
  id: string;
  date: string | null;
  cue: string;
  text: string;
}

export interface DisagreementRef {
  id: string;
  subject: string;
  figures: FigureRef[];
}

export interface GraphDiff {
  sources: { added: SourceRef[]; removed: SourceRef[] };
  actors: { added: ActorRef[]; removed: ActorRef[] };
  quotes: { added: QuoteRef[]; removed: QuoteRef[] };
  figures: { added: FigureRef[]; removed: FigureRef[]; changed: FigureChange[] };
  events: { added: EventRef[] };
  disagreements: { added: DisagreementRef[] };
}

type WithId = { id: string };

function byId<T extends WithId>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Items of `next` whose id is not in `prev`, sorted by id. */
function addedById<T extends WithId>(prev: readonly T[], next: readonly T[]): T[] {
  const seen = new Set(prev.map((x) => x.id));
  return next.filter((x) => !seen.has(x.id)).sort(byId);
}

function sourceRef(s: Graph['sources'][number]): SourceRef {
  return { id: s.id, slug: s.slug, title: s.title, publisher: s.publisher, published: s.published };
}

function actorRef(a: Graph['actors'][number]): ActorRef {
  return { id: a.id, name: a.name, kind: a.kind, role: a.role };
}

function figureRef(f: Graph['figures'][number]): FigureRef {
  return { id: f.id, source: f.source, paragraph: f.paragraph, text: f.text, value: f.value, unit: f.unit, about: f.about, actor: f.actor };
}

function quoteRef(q: Graph['quotes'][number], names: ReadonlyMap<string, string>): QuoteRef {
  return {
    id: q.id, source: q.source, paragraph: q.paragraph, text: q.text, speaker: q.speaker,
    speakerName: q.speaker === null ? null : names.get(q.speaker) ?? null,
  };
}

/** Subject key of a figure: what it measures (case and spacing folded) and its unit. */
export function figureSubject(f: { id: string; about: string | null; unit: string }): string {
  const about = f.about === null ? `#${f.id}` : f.about.toLowerCase().replace(/\s+/g, ' ').trim();
  return `${about}\u0000${f.unit}`;
}

function groupBySubject(figures: readonly Graph['figures'][number][]): Map<string, Graph['figures'][number][]> {
  const groups = new Map<string, Graph['figures'][number][]>();
  for (const f of figures) {
    const key = figureSubject(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

function valueSet(figures: readonly { value: number }[]): string {
  return [...new Set(figures.map((f) => f.value))].sort((a, b) => a - b).join(',');
}

function changedFigures(prev: Graph['figures'], next: Graph['figures']): FigureChange[] {
  const earlier = groupBySubject(prev);
  const later = groupBySubject(next);
  const changes: FigureChange[] = [];
  for (const [key, now] of later) {
    const then = earlier.get(key);
    if (!then || valueSet(then) === valueSet(now)) continue;
    const after = now.map(figureRef).sort(byId);
    const before = then.map(figureRef).sort(byId);
    // Name the subject as the earlier version did, so the wording is stable across input order.
    const first = before[0]!;
    changes.push({ subject: first.about ?? first.text, unit: first.unit, before, after });
  }
  return changes.sort((a, b) => (a.subject === b.subject ? (a.unit < b.unit ? -1 : 1) : a.subject < b.subject ? -1 : 1));
}

export function diffGraphs(prev: Graph, next: Graph): GraphDiff {
  const names = new Map<string, string>();
  for (const a of prev.actors) names.set(a.id, a.name);
  for (const a of next.actors) names.set(a.id, a.name);
  const figuresById = new Map(next.figures.map((f) => [f.id, f] as const));
  const changed = changedFigures(prev.figures, next.figures);
  const inChangeAfter = new Set(changed.flatMap((c) => c.after.map((f) => f.id)));
  const inChangeBefore = new Set(changed.flatMap((c) => c.before.map((f) => f.id)));
  return {
    sources: {
      added: addedById(prev.sources, next.sources).map(sourceRef),
      removed: addedById(next.sources, prev.sources).map(sourceRef),
    },
    actors: {
      added: addedById(prev.actors, next.actors).map(actorRef),
      removed: addedById(next.actors, prev.actors).map(actorRef),
    },
    quotes: {
      added: addedById(prev.quotes, next.quotes).map((q) => quoteRef(q, names)),
      removed: addedById(next.quotes, prev.quotes).map((q) => quoteRef(q, names)),
    },
    figures: {
      // Figures that belong to a changed subject are listed there, not again here.
      added: addedById(prev.figures, next.figures).filter((f) => !inChangeAfter.has(f.id)).map(figureRef),
      removed: addedById(next.figures, prev.figures).filter((f) => !inChangeBefore.has(f.id)).map(figureRef),
      changed,
    },
    events: {
      added: addedById(prev.events, next.events).map((e) => ({
        id: e.id, source: e.source, paragraph: e.paragraph, date: e.date, cue: e.cue, text: e.text,
      })),
    },
    disagreements: {
      added: addedById(prev.disagreements, next.disagreements).map((d) => ({
        id: d.id,
        subject: d.subject,
        figures: d.figures.flatMap((id) => {
          const f = figuresById.get(id);
          return f ? [figureRef(f)] : [];
        }),
      })),
    },
  };
}

/** Number of changed items, for summaries ("12 changes"). */
export function countChanges(d: GraphDiff): number {
  return d.sources.added.length + d.sources.removed.length + d.actors.added.length + d.actors.removed.length
    + d.quotes.added.length + d.quotes.removed.length + d.figures.added.length + d.figures.removed.length
    + d.figures.changed.length + d.events.added.length + d.disagreements.added.length;
}

/** True when nothing changed. */
export function isEmptyDiff(d: GraphDiff): boolean {
  return countChanges(d) === 0;
}
