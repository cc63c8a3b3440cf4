/**
 * Actor page: lead built from the facts, roles, statements and quotes grouped by topic, figures the
 * actor put forward, timeline, related actors, topics and sources.
 */
import type { RootContent } from 'mdast';
import type { Actor } from '../../model/graph.ts';
import type { Briefing, Fact, TopicRef } from '../briefing.ts';
import { formatDate } from '../dates.ts';
import { Notes } from '../footnotes.ts';
import { bullets, heading, joinAnd, link, paragraph, table, text, type Phrasing } from '../mdast.ts';
import type { PageOut } from '../page.ts';
import { plural, Writer } from '../prose.ts';
import { relationMap } from '../relation-map.ts';
import { route } from '../routes.ts';
import { listOrders, longList, type LongList } from './more.ts';

const KIND_LABEL: Record<string, string> = { person: 'person', organization: 'organisation', country: 'country' };

/** Verbs that say what an actor wants, offers or refuses: these make the lead. */
const STANCE = /\b(demand|call|urge|want|insist|propos|offer|float|present|suggest|reject|rule|refus|den|dismiss|warn|threat|agree|accept)/i;

/** One line for lists (overview): "President, in both sources.[^n]" — the name is already there. */
export function actorLine(w: Writer, actor: Actor): Phrasing[] {
  const b = w.briefing;
  const sources = b.sourcesOf(actor.id);
  const where = `in ${plural(sources.length, 'source')}`;
  const role = actor.roles.find((r) => r.title === actor.role) ?? actor.roles[0];
  if (role) return [text(`${role.title}, named ${where}.`), w.cite(role)];
  const first = sources[0];
  if (!first) return [];
  const kind = KIND_LABEL[actor.kind] ?? actor.kind;
  return [text(`${kind[0]!.toUpperCase()}${kind.slice(1)} named ${where}.`), w.cite(first.first)];
}

export function actorLead(w: Writer, actor: Actor): Phrasing[][] {
  const b = w.briefing;
  const sentences: Phrasing[][] = [];
  const sources = b.sourcesOf(actor.id);
  const role = actor.roles.find((r) => r.title === actor.role) ?? actor.roles[0];
  // The actor's own count, never the archive's ("of the 991 sources"): a new source about others leaves this page as it is.
  const count = plural(sources.length, 'source');
  if (role) {
    sentences.push([w.actor(actor, { self: actor.id }), text(`, ${role.title}, appears in ${count}.`), w.cite(role)]);
  } else if (sources[0]) {
    sentences.push([w.actor(actor, { self: actor.id }), text(` (${KIND_LABEL[actor.kind] ?? actor.kind}) appears in ${count}.`), w.cite(sources[0].first)]);
  }
  const facts = b.factsBy(actor.id);
  const stance = facts.filter((f) => f.kind === 'statement' && STANCE.test(f.fact.verb ?? ''));
  const quotes = facts.filter((f) => f.kind === 'quote' && !f.fact.partial);
  for (const f of [...stance, ...quotes].slice(0, 2)) sentences.push(w.factSentence(f, actor, actor.id));
  const near = b.coMentioned(actor.id).slice(0, 3);
  if (near.length) {
    sentences.push([
      w.actor(actor, { self: actor.id }),
      text(' is most often named alongside '),
      ...joinAnd(near.map((n) => [w.actor(n.actor), text(` (${plural(n.count, 'paragraph')})`), w.cite(n.first)])),
      text('.'),
    ]);
  }
  return sentences;
}

/** Facts grouped by their paragraph's biggest topic, biggest topics first, facts without a topic last. */
function groupByTopic(b: Briefing, facts: Fact[]): { topic: TopicRef | null; facts: Fact[] }[] {
  const groups = new Map<string, { topic: TopicRef | null; facts: Fact[] }>();
  for (const f of facts) {
    const topic = b.topicsOf(f.fact)[0] ?? null;
    const key = topic?.id ?? '';
    const g = groups.get(key) ?? { topic, facts: [] };
    g.facts.push(f);
    groups.set(key, g);
  }
  const order = b.rankTopics([...groups.keys()].filter(Boolean));
  return [...order.map((id) => groups.get(id)!), ...(groups.has('') ? [groups.get('')!] : [])];
}

export function actorPage(b: Briefing, id: string): PageOut {
  const actor = b.actorFull(id);
  if (!actor) throw new Error(`no actor ${id}`);
  const notes = new Notes(b, 2);
  const w = new Writer(b, notes, 2);
  const body: RootContent[] = [];
  const self = actor.id;

  const lead = actorLead(w, actor);
  if (lead.length) body.push(paragraph(...lead.flatMap((s, i) => (i ? [text(' '), ...s] : s))));

  const roles = [...new Map(actor.roles.map((r) => [r.title, r])).values()];
  if (roles.length) {
    w.section();
    body.push(heading(2, text('Roles')));
    body.push(bullets(roles.map((r) => [text(`${r.title}, according to ${w.publisher(r)}.`), w.cite(r)])));
  }

  const more: PageOut[] = [];
  const parent = { route: route.actor(actor.id), title: actor.name };
  type Order<T> = Pick<LongList<T>, 'key' | 'label' | 'ranked'>;
  const list = <T>(section: string, what: string, noun: string, items: readonly T[], order: Order<T>, render: LongList<T>['render']) =>
    longList(w, { id: `actor--${actor.id}--${section}`, what, noun, parent, items, ...order, render }, more);
  const order = listOrders(w);

  const facts = b.factsBy(actor.id);
  if (facts.length) {
    body.push(heading(2, text('Statements and quotes')));
    for (const group of groupByTopic(b, facts)) {
      w.section();
      body.push(heading(3, group.topic ? link(w.href(route.topic(group.topic.id)), text(group.topic.name)) : text('Other')));
      body.push(...list(`statements--${group.topic?.id ?? 'other'}`, `statements and quotes${group.topic ? ` on ${group.topic.name}` : ''}`, 'statement or quote',
        group.facts, order.facts, (pw, items) => [bullets(items.map((f) => pw.factLine(f)))]));
    }
  }

  const figures = b.figuresBy(actor.id);
  if (figures.length) {
    w.section();
    body.push(heading(2, text('Figures')));
    body.push(...list('figures', 'figures', 'figure', figures, order.figures, (pw, items) => [table(
      [[text('Figure')], [text('About')], [text('Source')]],
      items.map((f) => [[pw.figure(f), pw.cite(f)], [text(f.about ?? '—')], [text(`${pw.publisher(f)}, ${formatDate(b.source(f.source)?.published ?? null) ?? 'undated'}`)]]),
    )]));
  }

  const events = b.eventsOf(actor.id);
  if (events.length) {
    w.section();
    body.push(heading(2, text('Timeline')));
    body.push(...list('timeline', 'timeline', 'event', events, order.events, (pw, items) => [bullets(items.map((e) => pw.eventLine(e)))]));
  }

  const related = b.coMentioned(actor.id);
  if (related.length) {
    w.section();
    body.push(heading(2, text('Related actors')));
    body.push(...list('related', 'related actors', 'related actor', related, { key: (r) => r.actor.id, ranked: true },
      (pw, items) => [bullets(items.map((r) => [pw.actor(r.actor, { always: true }), text(` — named together in ${plural(r.count, 'paragraph')}`)]))]));
  }

  const topics = b.topicsOfActor(actor.id);
  if (topics.length) {
    body.push(heading(2, text('Topics')));
    body.push(bullets(topics.map((t) => [link(w.href(route.topic(t.topic.id)), text(t.topic.name)), text(` — ${plural(t.count, 'paragraph')}`)])));
  }

  const sources = b.sourcesOf(actor.id);
  if (sources.length) {
    body.push(heading(2, text('Sources')));
    body.push(...list('sources', 'sources', 'source', sources, { key: (s) => s.source.id, ranked: true }, (pw, items) => [bullets(items.map((s) => [
      link(pw.href(route.source(s.source.slug)), text(s.source.title)),
      text(` — ${s.source.publisher ?? 'unknown publisher'}, ${formatDate(s.source.published) ?? 'undated'}; ${plural(s.count, 'mention')}`),
    ]))]));
  }

  const full = notes.finish(body);
  const map = relationMap(b, { focus: actor.id, limit: 12 });
  return {
    path: `actors/${actor.id}.mdx`,
    route: route.actor(actor.id),
    title: actor.name,
    frontmatter: {
      title: actor.name,
      kind: 'actor',
      actorKind: actor.kind,
      role: actor.role,
      aliases: actor.aliases,
      description: lead[0] ? plainText(lead[0]) : actor.name,
      counts: {
        mentions: actor.mentions.length,
        sources: sources.length,
        quotes: facts.filter((f) => f.kind === 'quote').length,
        statements: facts.filter((f) => f.kind === 'statement').length,
        figures: figures.length,
        events: events.length,
      },
      topics: topics.map((t) => t.topic.id),
      map,
    },
    body: full,
    citations: notes.citations(),
    more,
  };
}

/** The text of some phrasing, without footnote references (for descriptions and one-line leads). */
export function plainText(nodes: Phrasing[]): string {
  const out: string[] = [];
  const visit = (n: Phrasing): void => {
    if (n.type === 'text') out.push(n.value);
    else if (n.type === 'footnoteReference') return;
    else if ('children' in n) (n.children as Phrasing[]).forEach(visit);
  };
  nodes.forEach(visit);
  return out.join('').replace(/\s+/g, ' ').trim();
}
