/**
 * Overview (`/`): main topics and actors with one-line leads, key figures, open disagreements,
 * latest sources. Counts and the date range are front matter, drawn by the page.
 */
import type { RootContent } from 'mdast';
import type { Figure } from '../../model/graph.ts';
import type { Briefing } from '../briefing.ts';
import { cmp } from '../briefing.ts';
import { formatDate } from '../dates.ts';
import { Notes } from '../footnotes.ts';
import { bullets, heading, joinAnd, link, paragraph, table, text } from '../mdast.ts';
import type { PageOut } from '../page.ts';
import { capitalise, Writer } from '../prose.ts';
import { relationMap } from '../relation-map.ts';
import { route } from '../routes.ts';
import { actorLine } from './actor.ts';
import { disagreementCallout, figuresTable, topicLead } from './topic.ts';
import { DISAGREEMENT_PAGE_SIZE, longList } from './more.ts';

export function overviewPage(b: Briefing): PageOut {
  const notes = new Notes(b, 0);
  const w = new Writer(b, notes, 0);
  const body: RootContent[] = [];
  const more: PageOut[] = [];

  if (b.topics.length) {
    w.section();
    body.push(heading(2, text('Topics')));
    body.push(bullets(b.topics.map((t) => {
      const lead = topicLead(w, t)[0];
      return [link(w.href(route.topic(t.id)), text(capitalise(t.name))), ...(lead ? [text(': '), ...lead] : [])];
    })));
  }

  const main = b.actors.filter((a) => a.kind !== 'country').slice(0, 10);
  const countries = b.actors.filter((a) => a.kind === 'country');
  if (main.length || countries.length) {
    body.push(heading(2, text('Main actors')));
    if (main.length) {
      body.push(bullets(main.map((a) => {
        w.section();
        const line = actorLine(w, a);
        return [link(w.href(route.actor(a.id)), text(a.name)), ...(line.length ? [text(' — '), ...line] : [])];
      })));
    }
    if (countries.length) {
      body.push(paragraph(text('Countries: '), ...joinAnd(countries.map((c) => [link(w.href(route.actor(c.id)), text(c.name))])), text('.')));
    }
  }

  const figures = [...b.graph.figures].sort((x, y) => b.compareCitations(x, y) || cmp(x.id, y.id)).slice(0, 12);
  if (figures.length) {
    w.section();
    body.push(heading(2, text('Key figures')));
    body.push(figuresTable(w, b, figures));
  }

  const disagreements = b.graph.disagreements
    .map((d) => ({ d, figs: d.figures.map((id) => b.figure(id)).filter((f): f is Figure => Boolean(f)) }))
    .filter((x) => x.figs.length > 1);
  if (disagreements.length) {
    w.section();
    body.push(heading(2, text('Open disagreements')));
    body.push(...longList(w, {
      id: 'overview--disagreements', what: 'open disagreements', noun: 'disagreement', ranked: true, size: DISAGREEMENT_PAGE_SIZE,
      key: (x) => x.d.id, parent: { route: route.overview(), title: 'Overview' }, items: disagreements,
      render: (pw, items) => items.map(({ d, figs }) => disagreementCallout(pw, d.subject, figs)),
    }, more));
  }

  const latest = b.sources.slice(0, 8);
  if (latest.length) {
    body.push(heading(2, text('Latest sources')));
    body.push(bullets(latest.map((s) => [
      link(w.href(route.source(s.slug)), text(s.title)),
      text(` — ${s.publisher ?? 'unknown publisher'}, ${formatDate(s.published) ?? 'undated'}`),
    ])));
  }

  const full = notes.finish(body);
  const dates = b.graph.sources.map((s) => s.published).filter((d): d is string => Boolean(d)).sort();
  return {
    path: 'overview.mdx',
    route: route.overview(),
    title: 'Overview',
    frontmatter: {
      title: 'Overview',
      kind: 'overview',
      counts: {
        sources: b.graph.sources.length,
        undatedSources: b.graph.sources.length - dates.length,
        actors: b.graph.actors.length,
        topics: b.graph.topics.length,
        quotes: b.graph.quotes.length,
        statements: b.graph.statements.length,
        figures: b.graph.figures.length,
        events: b.graph.events.length,
        disagreements: disagreements.length,
      },
      range: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
      map: relationMap(b, { limit: 24 }),
    },
    body: full,
    citations: notes.citations(),
    more,
  };
}
