/**
 * Relationship map: actors linked by co-mention (named in the same paragraph) and by speech (one
 * speaks in a paragraph that names the other). The layout is computed here, in Node, and stored in the page's front
 * matter for the RelationMap component to draw as SVG: the overview's map of the main actors with d3-force
 * (deterministic: fixed initial positions and iteration count); an actor's neighbourhood and a topic's actors on a
 * ring (the actor in the middle), in a fixed order (kind, then name).
 *
 * A map shows sizes in steps (node radius by the doubling of mentions, line weight by the doubling of shared
 * paragraphs), and a ring's places depend only on who is on it: a new source that names an actor once more leaves
 * the maps of its neighbours as they were, so their pages are not rewritten.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Briefing } from './briefing.ts';
import { cmp } from './briefing.ts';

/** Where a node's name goes; a long name on two lines. */
export interface MapLabel { x: number; y: number; anchor: 'start' | 'middle' | 'end'; lines: string[] }
export interface MapNode { id: string; name: string; kind: string; x: number; y: number; r: number; label: MapLabel }
/** `weight`: 1 for one shared paragraph, 2 for two or three, 3 for four to seven, 4 for more. */
export interface MapLink { source: string; target: string; weight: number; speech: boolean }
export interface RelationMap { width: number; height: number; focus: string | null; nodes: MapNode[]; links: MapLink[] }

interface SimNode extends SimulationNodeDatum { id: string }

/** Ticks of the layout; the cooling rate is set so the simulation settles within them. */
const TICKS = 120;

const round = (n: number): number => Math.round(n * 10) / 10;

/** Node radius by mentions, in six steps (6 to 16). */
const radiusOf = (step: number): number => 4 + 2 * step;

const KIND_ORDER: Record<string, number> = { person: 0, organization: 1, country: 2 };

/** A name on one line, or on two split at the space nearest its middle when it is long. */
export function labelLines(name: string, max = 13): string[] {
  if (name.length <= max || !name.includes(' ')) return [name];
  let best = -1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2)) best = i;
  }
  return [name.slice(0, best), name.slice(best + 1)];
}

/** Width of a label at the map's 12px type (an estimate: the layout only needs to keep names inside the box). */
const labelWidth = (lines: string[]): number => Math.max(...lines.map((l) => l.length)) * 6.8;

/** Label below a node (under the ring's centre or the force map), or outside it on a ring. */
function labelAt(x: number, y: number, r: number, angle: number | null, lines: string[]): MapLabel {
  const extra = (lines.length - 1) * 13;
  if (angle === null) return { x: round(x), y: round(y + r + 13), anchor: 'middle', lines };
  const cos = Math.cos(angle), sin = Math.sin(angle);
  const anchor = cos > 0.35 ? 'start' : cos < -0.35 ? 'end' : 'middle';
  const d = r + 6;
  const dy = anchor === 'middle' ? (sin > 0 ? 10 : -2 - extra) : 4 - extra / 2;
  return { x: round(x + cos * d), y: round(y + sin * d + dy), anchor, lines };
}

/** Places on a ring, in a fixed order, with `centre` (if any) in the middle. */
function ring(ids: string[], centre: string | null, width: number, height: number, order: (a: string, b: string) => number,
  label: (id: string) => number): Map<string, { x: number; y: number; angle: number | null }> {
  const out = new Map<string, { x: number; y: number; angle: number | null }>();
  const cx = width / 2, cy = height / 2;
  if (centre) out.set(centre, { x: cx, y: cy, angle: null });
  const around = ids.filter((id) => id !== centre).sort(order);
  // Wide enough for the names at the sides to stay inside the box.
  const side = Math.max(0, ...around.filter((_, i) => Math.abs(Math.cos((2 * Math.PI * i) / around.length - Math.PI / 2)) > 0.35).map((id) => label(id)));
  const rx = Math.max(70, Math.min(width / 2 - 60, width / 2 - 28 - side)), ry = height / 2 - 48;
  around.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / around.length;
    out.set(id, { x: round(cx + rx * Math.cos(angle)), y: round(cy + ry * Math.sin(angle)), angle });
  });
  return out;
}

/**
 * The map of the `limit` most-mentioned actors, or, with `focus`, of one actor and its closest
 * neighbours.
 */
export function relationMap(briefing: Briefing, options: { focus?: string; ids?: string[]; limit?: number } = {}): RelationMap | null {
  const limit = options.limit ?? 24;
  let ids: string[];
  if (options.focus) {
    const neighbours = briefing.coMentioned(options.focus).map((x) => x.actor.id);
    const speech = briefing.speechPartners(options.focus)
      .sort((a, b) => cmp(briefing.actor(a)?.name ?? a, briefing.actor(b)?.name ?? b));
    ids = [options.focus, ...new Set([...neighbours, ...speech])].slice(0, limit);
  } else if (options.ids) {
    ids = options.ids.filter((id) => briefing.actor(id)).slice(0, limit);
  } else {
    ids = briefing.actors.slice(0, limit).map((a) => a.id);
  }
  if (ids.length < 2) return null;
  const links = briefing.linksAmong(ids);
  // A ring map sits in a page's side column: drawn near the size it is shown at, so its labels stay readable.
  const [width, height] = options.focus || options.ids ? [460, 400] : [640, 520];
  const radius = (id: string): number => radiusOf(briefing.mentionSteps(id));
  const node = (id: string, x: number, y: number, angle: number | null): MapNode => {
    const a = briefing.actor(id)!;
    const r = radius(id);
    return { id, name: a.name, kind: a.kind, x: round(x), y: round(y), r, label: labelAt(x, y, r, angle, labelLines(a.name)) };
  };
  const shown = links;
  if (options.focus || options.ids) {
    const order = (a: string, b: string) => {
      const x = briefing.actor(a)!, y = briefing.actor(b)!;
      return (KIND_ORDER[x.kind] ?? 3) - (KIND_ORDER[y.kind] ?? 3) || cmp(x.name, y.name) || cmp(a, b);
    };
    const places = ring(ids, options.focus ?? null, width, height, order, (id) => radius(id) + 6 + labelWidth(labelLines(briefing.actor(id)!.name)));
    return {
      width,
      height,
      focus: options.focus ?? null,
      nodes: ids.map((id) => { const p = places.get(id)!; return node(id, p.x, p.y, p.angle); }),
      links: shown,
    };
  }
  const nodes: SimNode[] = ids.map((id) => ({ id }));
  const simLinks = links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink<SimNode, { source: string; target: string; weight: number }>(simLinks).id((d) => d.id).distance(90).strength((l) => Math.min(1, 0.2 + 0.1 * l.weight)))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide<SimNode>((d) => radius(d.id) + 26))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.1))
    .force('center', forceCenter(0, 0))
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .stop();
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
    focus: null,
    nodes: nodes.map((n) => node(n.id, ox + ((n.x ?? 0) - minX) * s, oy + ((n.y ?? 0) - minY) * s, null)),
    links: shown,
  };
}
