/**
 * Topic page: lead, key figures with "sources disagree" callouts, each actor's positions, timeline,
 * actors and sources involved.
 */
import type { RootContent } from 'mdast';
import type { Figure } from '../../model/graph.ts';
import type { Briefing, Fact, TopicRef } from '../briefing.ts';
import { cmp } from '../briefing.ts';
import { formatDate } from '../dates.ts';
import { Notes } from '../footnotes.ts';
import { bullets, heading, jsxFlow, joinAnd, link, paragraph, strong, table, text, type Phrasing } from '../mdast.ts';
import type { PageOut } from '../page.ts';
import { capitalise, plural, Writer } from '../prose.ts';
import { relationMap } from '../relation-map.ts';
import { route } from '../routes.ts';
import { plainText } from './actor.ts';
import { DISAGREEMENT_PAGE_SIZE, listOrders, longList, SHOWN, type LongList } from './more.ts';

/** The key-figures table (figure, what it is about, who says so, source), each figure footnoted. */
export function figuresTable(w: Writer, b: Briefing, figures: readonly Figure[]): RootContent {
  return table(
    [[text('Figure')], [text('About')], [text('Who says so')], [text('Source')]],
    figures.map((f) => {
      const who = b.actor(f.actor);
      const src = b.source(f.source)!;
      return [[w.figure(f), w.cite(f)], [text(f.about ?? '—')], who ? [w.actor(who)] : [text('—')],
        [link(w.href(route.source(src.slug, f.paragraph)), text(`${src.publisher ?? src.title}, ¶${f.paragraph.replace(/^p/, '')}`))]];
    }),
  );
}

export function topicFigures(b: Briefing, topic: TopicRef): Figure[] {
  return [...b.inTopicAll(topic).figures].sort((x, y) => b.compareCitations(x, y) || cmp(x.id, y.id));
}

export function topicDisagreements(b: Briefing, topic: TopicRef) {
  return b.inTopicAll(topic).disagreements;
}

export function topicLead(w: Writer, topic: TopicRef): Phrasing[][] {
  const b = w.briefing;
  const sentences: Phrasing[][] = [];
  const actors = b.actorsOfTopic(topic).filter((a) => a.actor.kind !== 'country').slice(0, 3);
  const fallback = b.actorsOfTopic(topic).slice(0, 3);
  const lead = actors.length ? actors : fallback;
  if (lead.length) {
    sentences.push([
      text(`Coverage of ${lowerFirst(topic.name)} centres on `),
      ...joinAnd(lead.map((a) => [w.actor(a.actor), w.cite(a.first)])),
      text('.'),
    ]);
  }
  const figures = topicFigures(b, topic).filter((f) => f.unit !== 'percent').sort((x, y) => y.value - x.value || cmp(x.id, y.id));
  const top = figures[0];
  if (top) {
    const who = b.actor(top.actor);
    sentences.push([
      text('The largest sum cited is '), w.figure(top), text(top.about ? ` (${top.about})` : ''),
      ...(who ? [text(', attributed to '), w.actor(who)] : []),
      text(`, in ${w.publisher(top)}.`), w.cite(top),
    ]);
  }
  for (const d of topicDisagreements(b, topic).slice(0, 1)) {
    const figs = d.figures.map((id) => b.figure(id)).filter((f): f is Figure => Boolean(f));
    const named = namedFigures(figs);
    sentences.push([
      text(`Sources disagree on ${d.subject}: `),
      ...joinAnd(named.map((f) => [text(`${w.publisher(f)} gives `), w.figure(f), w.cite(f)])),
      text(named.length < figs.length ? ` (the lowest and highest of ${figs.length} values).` : '.'),
    ]);
  }
  return sentences;
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Figures named in one callout; a larger disagreement names the lowest and highest values and counts the rest. */
const CALLOUT_FIGURES = 4;

/** All the figures of a disagreement when few; else the lowest and the highest. */
export function namedFigures(figures: readonly Figure[]): Figure[] {
  if (figures.length <= CALLOUT_FIGURES) return [...figures];
  const byValue = [...figures].sort((x, y) => x.value - y.value || cmp(x.id, y.id));
  return [byValue[0]!, byValue[byValue.length - 1]!];
}

export function disagreementCallout(w: Writer, subject: string, figures: Figure[]): RootContent {
  const b = w.briefing;
  const named = namedFigures(figures);
  const rest = figures.length - named.length;
  return jsxFlow('div', { class: 'callout disagree', role: 'note', 'aria-label': 'Sources disagree' }, [
    paragraph(strong(text('Sources disagree')), text(` on ${subject}: `),
      ...joinAnd(named.map((f) => {
        const who = b.actor(f.actor);
        return [text(`${w.publisher(f)} (${formatDate(b.source(f.source)?.published ?? null) ?? 'undated'}) gives `), w.figure(f),
          ...(who ? [text(', attributed to '), w.actor(who)] : []), w.cite(f)];
      }), 'while'),
      text(rest ? `, the lowest and highest of ${figures.length} values given.` : '.')),
  ]);
}

export function topicPage(b: Briefing, id: string): PageOut {
  const topic = b.topicFull(id);
  if (!topic) throw new Error(`no topic ${id}`);
  const notes = new Notes(b, 2);
  const w = new Writer(b, notes, 2);
  const body: RootContent[] = [];

  const more: PageOut[] = [];
  const parent = { route: route.topic(topic.id), title: capitalise(topic.name) };
  type Order<T> = Pick<LongList<T>, 'key' | 'label' | 'ranked'>;
  const list = <T>(section: string, what: string, noun: string, items: readonly T[], order: Order<T>, render: LongList<T>['render']) =>
    longList(w, { id: `topic--${topic.id}--${section}`, what, noun, parent, items, ...order, render }, more);
  const order = listOrders(w);

  const lead = topicLead(w, topic);
  if (lead.length) body.push(paragraph(...lead.flatMap((s, i) => (i ? [text(' '), ...s] : s))));

  const figures = topicFigures(b, topic);
  if (figures.length) {
    w.section();
    body.push(heading(2, text('Key figures')));
    body.push(...list('figures', 'key figures', 'figure', figures, order.figures, (pw, items) => [figuresTable(pw, b, items)]));
    const disagreements = topicDisagreements(b, topic)
      .map((d) => ({ id: d.id, subject: d.subject, figures: d.figures.map((id) => b.figure(id)).filter((f): f is Figure => Boolean(f)) }))
      .filter((d) => d.figures.length > 1);
    body.push(...longList(w, {
      id: `topic--${topic.id}--disagreements`, what: 'disagreements between sources', noun: 'disagreement', parent, items: disagreements,
      key: (d) => d.id, ranked: true, size: DISAGREEMENT_PAGE_SIZE, render: (pw, items) => items.map((d) => disagreementCallout(pw, d.subject, d.figures)),
    }, more));
  }

  const facts: Fact[] = [
    ...b.inTopicAll(topic).quotes.map((fact): Fact => ({ kind: 'quote', fact })),
    ...b.inTopicAll(topic).statements.map((fact): Fact => ({ kind: 'statement', fact })),
  ];
  const bySpeaker = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.fact.speaker ?? '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), f]);
  }
  if (bySpeaker.size) {
    body.push(heading(2, text('Positions')));
    const speakers = [...bySpeaker.keys()].sort((x, y) => {
      if (!x) return 1;
      if (!y) return -1;
      return (bySpeaker.get(y)!.length - bySpeaker.get(x)!.length) || cmp(b.actor(x)?.name ?? x, b.actor(y)?.name ?? y);
    });
    const byReading = (x: Fact, y: Fact) => b.compareCitations(x.fact, y.fact) || cmp(x.fact.id, y.fact.id);
    for (const id of speakers.slice(0, SHOWN)) {
      w.section();
      const speaker = b.actor(id);
      body.push(heading(3, speaker ? w.actor(speaker) : text('Unattributed')));
      body.push(...list(`positions--${id || 'unattributed'}`, `positions of ${speaker?.name ?? 'unattributed speakers'}`, 'statement or quote',
        bySpeaker.get(id)!.sort(byReading), order.facts, (pw, items) => [bullets(items.map((f) => pw.factLine(f)))]));
    }
    const others = speakers.slice(SHOWN).flatMap((id) => bySpeaker.get(id)!).sort(byReading);
    if (others.length) {
      w.section();
      body.push(heading(3, text(`${plural(speakers.length - SHOWN, 'other speaker')}`)));
      body.push(...list('positions--others', 'positions of other speakers', 'statement or quote', others, order.facts, (pw, items) => [bullets(items.map((f) => {
        const speaker = f.fact.speaker ? b.actor(f.fact.speaker) : undefined;
        return speaker ? [pw.actor(speaker, { always: true }), text(' — '), ...pw.factLine(f)] : pw.factLine(f);
      }))]));
    }
  }

  const events = b.sortEvents(b.inTopicAll(topic).events);
  if (events.length) {
    w.section();
    body.push(heading(2, text('Timeline')));
    body.push(...list('timeline', 'timeline', 'event', events, order.events, (pw, items) => [bullets(items.map((e) => pw.eventLine(e)))]));
  }

  const actors = b.actorsOfTopic(topic);
  if (actors.length) {
    w.section();
    body.push(heading(2, text('Actors involved')));
    body.push(...list('actors', 'actors involved', 'actor', actors, { key: (a) => a.actor.id, ranked: true },
      (pw, items) => [bullets(items.map((a) => [pw.actor(a.actor, { always: true }), text(` — named in ${plural(a.count, 'paragraph')}`)]))]));
  }
  const sources = b.sourcesOfTopic(topic);
  if (sources.length) {
    body.push(heading(2, text('Sources')));
    body.push(...list('sources', 'sources', 'source', sources, { key: (s) => s.source.id, ranked: true }, (pw, items) => [bullets(items.map((s) => [
      link(pw.href(route.source(s.source.slug)), text(s.source.title)),
      text(` — ${s.source.publisher ?? 'unknown publisher'}, ${formatDate(s.source.published) ?? 'undated'}; ${plural(s.count, 'paragraph')}`),
    ]))]));
  }

  const full = notes.finish(body);
  return {
    path: `topics/${topic.id}.mdx`,
    route: route.topic(topic.id),
    title: capitalise(topic.name),
    frontmatter: {
      title: capitalise(topic.name),
      kind: 'topic',
      terms: topic.terms,
      description: lead[0] ? plainText(lead[0]) : topic.name,
      counts: { paragraphs: topic.paragraphs.length, actors: actors.length, sources: sources.length, figures: figures.length, events: events.length, disagreements: topicDisagreements(b, topic).length },
      actors: actors.slice(0, 12).map((a) => a.actor.id),
      map: relationMap(b, { ids: actors.map((a) => a.actor.id), limit: 14 }),
    },
    body: full,
    citations: notes.citations(),
    more,
  };
}
