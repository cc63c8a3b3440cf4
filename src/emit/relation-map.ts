/**
 * Relationship map: actors linked by co-mention (named in the same paragraph) and by speech (one
 * speaks in a paragraph that names the other). The layout is computed here, in Node, with d3-force
 * (deterministic: fixed initial positions and iteration count), and stored in the page's front
 * matter for the RelationMap component to draw as SVG.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Briefing } from './briefing.ts';
import { citationKey, cmp } from './briefing.ts';

export interface MapNode { id: string; name: string; kind: string; x: number; y: number; r: number; mentions: number }
export interface MapLink { source: string; target: string; weight: number; speech: boolean }
export interface RelationMap { width: number; height: number; focus: string | null; nodes: MapNode[]; links: MapLink[] }

interface SimNode extends SimulationNodeDatum { id: string }

interface Edges {
  /** Every edge, keyed `a|b` with a < b, in key order. */
  all: Map<string, MapLink>;
  /** The edges of each actor, in key order. */
  byActor: Map<string, MapLink[]>;
}

const edgeCache = new WeakMap<Briefing, Edges>();

/** All edges of the briefing, indexed by actor (computed once per briefing: every actor page asks). */
function edges(briefing: Briefing): Edges {
  const cached = edgeCache.get(briefing);
  if (cached) return cached;
  const out = new Map<string, MapLink>();
  const add = (a: string, b: string, speech: boolean): void => {
    if (a === b) return;
    const [s, t] = cmp(a, b) < 0 ? [a, b] : [b, a];
    const key = `${s}|${t}`;
    const e = out.get(key) ?? { source: s, target: t, weight: 0, speech: false };
    if (speech) e.speech = true;
    else e.weight++;
    out.set(key, e);
  };
  const paragraphs = new Set<string>();
  for (const a of briefing.graph.actors) for (const m of a.mentions) paragraphs.add(citationKey(m));
  for (const key of [...paragraphs].sort()) {
    const [source, paragraph] = key.split('#') as [string, string];
    const ids = [...briefing.actorsIn({ source, paragraph })].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) add(ids[i]!, ids[j]!, false);
  }
  for (const f of [...briefing.graph.quotes, ...briefing.graph.statements]) {
    if (!f.speaker) continue;
    for (const other of briefing.actorsIn(f)) add(f.speaker, other, true);
  }
  const all = new Map([...out.entries()].sort((a, b) => cmp(a[0], b[0])));
  const byActor = new Map<string, MapLink[]>();
  for (const e of all.values()) {
    for (const id of [e.source, e.target]) {
      const list = byActor.get(id);
      if (list) list.push(e);
      else byActor.set(id, [e]);
    }
  }
  const indexed = { all, byActor };
  edgeCache.set(briefing, indexed);
  return indexed;
}

/** Ticks of the layout; the cooling rate is set so the simulation settles within them. */
const TICKS = 120;

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * The map of the `limit` most-mentioned actors, or, with `focus`, of one actor and its closest
 * neighbours.
 */
export function relationMap(briefing: Briefing, options: { focus?: string; ids?: string[]; limit?: number } = {}): RelationMap | null {
  const { byActor } = edges(briefing);
  const limit = options.limit ?? 24;
  let ids: string[];
  if (options.focus) {
    const neighbours = briefing.coMentioned(options.focus).map((x) => x.actor.id);
    const speech = (byActor.get(options.focus) ?? []).filter((e) => e.speech)
      .map((e) => (e.source === options.focus ? e.target : e.source))
      .sort((a, b) => cmp(briefing.actor(a)?.name ?? a, briefing.actor(b)?.name ?? b));
    ids = [options.focus, ...new Set([...neighbours, ...speech])].slice(0, limit);
  } else if (options.ids) {
    ids = options.ids.filter((id) => briefing.actor(id)).slice(0, limit);
  } else {
    ids = briefing.actors.slice(0, limit).map((a) => a.id);
  }
  if (ids.length < 2) return null;
  const chosen = new Set(ids);
  // The edges among the chosen actors: each chosen actor's own edges, in key order (no scan of the whole graph).
  const links = [...new Set(ids.flatMap((id) => byActor.get(id) ?? []))]
    .filter((e) => chosen.has(e.source) && chosen.has(e.target))
    .sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
  const width = 640, height = options.focus ? 420 : 520;
  const nodes: SimNode[] = ids.map((id) => ({ id }));
  const simLinks = links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const radius = (id: string): number => 5 + Math.min(10, Math.sqrt(briefing.actor(id)?.mentions.length ?? 1) * 2);
  const sim = forceSimulation(nodes)
    .force('link', forceLink<SimNode, { source: string; target: string; weight: number }>(simLinks).id((d) => d.id).distance(90).strength((l) => Math.min(1, 0.2 + 0.1 * l.weight)))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide<SimNode>((d) => radius(d.id) + 26))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.1))
    .force('center', forceCenter(0, 0))
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .stop();
  if (options.focus) {
    const f = nodes[0]!;
    f.fx = 0;
    f.fy = 0;
  }
  sim.tick(TICKS);
  // Fit into the box with a margin for labels.
  const xs = nodes.map((n) => n.x ?? 0), ys = nodes.map((n) => n.y ?? 0);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const mx = 90, my = 40;
  const sx = (width - 2 * mx) / Math.max(1, maxX - minX), sy = (height - 2 * my) / Math.max(1, maxY - minY);
  const s = Math.min(sx, sy, 1.6);
  const ox = (width - (maxX - minX) * s) / 2, oy = (height - (maxY - minY) * s) / 2;
  return {
    width,
    height,
    focus: options.focus ?? null,
    nodes: nodes.map((n) => {
      const a = briefing.actor(n.id)!;
      return { id: n.id, name: a.name, kind: a.kind, x: round(ox + ((n.x ?? 0) - minX) * s), y: round(oy + ((n.y ?? 0) - minY) * s), r: round(radius(n.id)), mentions: a.mentions.length };
    }),
    links: links.map((l) => ({ ...l })),
  };
}
