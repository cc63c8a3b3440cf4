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
import { heading, joinAnd, jsxFlow, jsxText, paragraph, text, type Phrasing } from '../mdast.ts';
import type { PageOut } from '../page.ts';
import { Writer } from '../prose.ts';
import { route } from '../routes.ts';

export function timelinePage(b: Briefing): PageOut {
  const notes = new Notes(b, 1);
  const w = new Writer(b, notes, 1);
  const body: RootContent[] = [];
  const groups = new Map<string, DatedEvent[]>();
  for (const e of b.sortEvents(b.graph.events)) {
    const key = e.date ?? '';
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const usedActors = new Set<string>(), usedTopics = new Set<string>();
  for (const [date, events] of groups) {
    w.section();
    const first = events[0]!;
    const label = date ? formatDate(date, first.precision)! : 'Undated';
    const items = events.map((e) => {
      const topics = b.topicsOf(e).map((t) => t.id);
      const actors = e.actors.filter((id) => b.actor(id));
      actors.forEach((a) => usedActors.add(a));
      topics.forEach((t) => usedTopics.add(t));
      const line: Phrasing[] = [
        jsxText('span', { class: 'when' }, [text(date ? `“${e.cue}”` : `Undated: “${e.cue}”`)]),
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
  };
}
