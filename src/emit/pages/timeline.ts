/**
 * Timeline: every dated event, grouped by date (with the precision the source allows), undated
 * events last. Each event carries `data-actors` and `data-topics` for the filter script; the page
 * reads fine without it.
 */
import type { RootContent } from 'mdast';
import type { DatedEvent } from '../../model/graph.ts';
import type { Briefing } from '../briefing.ts';
import { formatDate } from '../dates.ts';
import { Notes } from '../footnotes.ts';
import { heading, joinAnd, jsxFlow, paragraph, text, type Phrasing } from '../mdast.ts';
import type { PageOut } from '../page.ts';
import { whenLabel, Writer } from '../prose.ts';
import { route } from '../routes.ts';
import { listOrders, longList, type PageSize } from './more.ts';

/** Events grouped by day (a `section.day` each), with the data attributes the filter script reads. */
function days(w: Writer, events: readonly DatedEvent[], used?: { actors: Set<string>; topics: Set<string> }): RootContent[] {
  const b = w.briefing;
  const groups = new Map<string, DatedEvent[]>();
  for (const e of events) {
    const key = e.date ?? '';
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const body: RootContent[] = [];
  for (const [date, group] of groups) {
    w.section();
    const first = group[0]!;
    const label = date ? formatDate(date, first.precision)! : 'Undated';
    const items = group.map((e) => {
      const topics = b.topicsOf(e).map((t) => t.id);
      const actors = e.actors.filter((id) => b.actor(id));
      actors.forEach((a) => used?.actors.add(a));
      topics.forEach((t) => used?.topics.add(t));
      const line: Phrasing[] = [
        whenLabel(date ? `“${e.cue}”` : `Undated: “${e.cue}”`),
        text(' '), w.excerpt(e.text), w.cite(e),
      ];
      if (actors.length) line.push(text(' — '), ...joinAnd(actors.map((id) => [w.actor(b.actor(id)!)])));
      return jsxFlow('li', { 'data-actors': actors.join(' '), 'data-topics': topics.join(' ') }, [paragraph(...line)]);
    });
    body.push(jsxFlow('section', { class: 'day', 'data-date': date || 'undated', 'data-precision': first.precision ?? 'none' }, [
      heading(2, text(label)),
      jsxFlow('ul', { class: 'events' }, items),
    ]));
  }
  return body;
}

/** Events the timeline page shows itself; the full timeline is on more pages of `TIMELINE_PAGE_SIZE`. */
export const TIMELINE_SHOWN = 60;
export const TIMELINE_PAGE_SIZE: PageSize = { every: 56, min: 16, max: 80 };

export function timelinePage(b: Briefing): PageOut {
  const notes = new Notes(b, 1);
  const w = new Writer(b, notes, 1);
  const used = { actors: new Set<string>(), topics: new Set<string>() };
  const more: PageOut[] = [];
  const sorted = b.sortEvents(b.graph.events);
  // Undated events come last in reading order, so "the latest" are the dated ones at the end of the known dates.
  const datedEvents = sorted.filter((e) => e.date);
  const undated = sorted.filter((e) => !e.date);
  const body = longList(w, {
    id: 'timeline--all', what: 'full timeline', noun: 'dated event', parent: { route: route.timeline(), title: 'Timeline' },
    items: datedEvents, ...listOrders(w).events, shown: TIMELINE_SHOWN, size: TIMELINE_PAGE_SIZE,
    render: (pw, items) => days(pw, items, pw === w ? used : undefined),
  }, more);
  body.push(...longList(w, {
    id: 'timeline--undated', what: 'undated events', noun: 'undated event', parent: { route: route.timeline(), title: 'Timeline' },
    items: undated, key: (e) => e.id, label: (e) => w.sourceDate(e), shown: 30, size: TIMELINE_PAGE_SIZE,
    render: (pw, items) => days(pw, items, pw === w ? used : undefined),
  }, more));
  const usedActors = used.actors, usedTopics = used.topics;
  const full = notes.finish(body);
  const dated = b.graph.events.filter((e) => e.date).map((e) => e.date!).sort();
  return {
    path: 'timeline.mdx',
    route: route.timeline(),
    title: 'Timeline',
    frontmatter: {
      title: 'Timeline',
      kind: 'timeline',
      counts: { events: b.graph.events.length, dated: dated.length, undated: b.graph.events.length - dated.length },
      range: { from: dated[0] ?? null, to: dated[dated.length - 1] ?? null },
      filters: {
        actors: b.actors.filter((a) => usedActors.has(a.id)).map((a) => ({ id: a.id, name: a.name })),
        topics: b.topics.filter((t) => usedTopics.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
      },
    },
    body: full,
    citations: notes.citations(),
    more,
  };
}
