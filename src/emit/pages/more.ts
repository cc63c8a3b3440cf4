/**
 * Long lists stay off the briefing pages. A section with more than 1.5 × `SHOWN` items shows the latest `SHOWN` and a
 * link to the full list, written on "more" pages (`more/<id>/`, `PER_PAGE` items each, numbered 1…n, each with its
 * own footnotes). So a page stays small (under ~100 KB of HTML) whatever the archive's size, and every item is
 * still published, cited and one click away.
 */
import type { RootContent } from 'mdast';
import type { Briefing } from '../briefing.ts';
import { Notes } from '../footnotes.ts';
import { link, paragraph, text } from '../mdast.ts';
import type { PageOut } from '../page.ts';
import { plural, Writer } from '../prose.ts';
import { route } from '../routes.ts';

/** Items shown on the briefing page itself (the latest ones). */
export const SHOWN = 8;
/** Items per "more" page. */
export const PER_PAGE = 100;
/** Disagreement callouts per "more" page (each names several figures, each with its note). */
export const DISAGREEMENTS_PER_PAGE = 40;

export interface LongList<T> {
  /** Unique, slug-safe: `<page kind>--<slug>--<section>`; slugs never contain `--`. */
  id: string;
  /** What the list is, for the more pages' titles: "Statements and quotes on Rare earths". */
  what: string;
  /** Counted noun for the link text, singular: "statement", "event". */
  noun: string;
  parent: { route: string; title: string };
  /** In reading order (oldest first; the page shows the latest `SHOWN`), or ranked (the page shows the top `SHOWN`). */
  items: readonly T[];
  ranked?: boolean;
  /** Override `SHOWN` / `PER_PAGE` for lists whose items are small (the timeline). */
  shown?: number;
  perPage?: number;
  /** Renders items as blocks (a list or a table) with the page's writer. */
  render: (w: Writer, items: readonly T[]) => RootContent[];
}

/** Route of page `n` (1-based) of a long list. */
export function moreRoute(id: string, n: number): string {
  return route.more(n === 1 ? id : `${id}--${n}`);
}

/**
 * The blocks for the briefing page (all items if few; else the latest `SHOWN` and a link to the full list) and the
 * more pages, appended to `out`.
 */
export function longList<T>(w: Writer, list: LongList<T>, out: PageOut[]): RootContent[] {
  const limit = list.shown ?? SHOWN;
  // A few over the limit are shown rather than moved to a page of their own.
  if (list.items.length <= Math.floor(limit * 1.5)) return list.render(w, list.items);
  const shown = list.ranked ? list.items.slice(0, limit) : list.items.slice(-limit);
  const pages = Math.ceil(list.items.length / (list.perPage ?? PER_PAGE));
  for (let n = 1; n <= pages; n++) out.push(morePage(w.briefing, list, n, pages));
  return [
    ...list.render(w, shown),
    paragraph(
      text(`Showing the ${list.ranked ? 'first' : 'latest'} ${limit} of ${plural(list.items.length, list.noun)}. `),
      link(w.href(moreRoute(list.id, 1)), text(`All ${plural(list.items.length, list.noun)}${pages > 1 ? ` (${pages} pages)` : ''}`)),
      text('.'),
    ),
  ];
}

function morePage<T>(b: Briefing, list: LongList<T>, n: number, pages: number): PageOut {
  const notes = new Notes(b, 2);
  const w = new Writer(b, notes, 2);
  const per = list.perPage ?? PER_PAGE;
  const from = (n - 1) * per;
  const items = list.items.slice(from, from + per);
  const pager = [
    link(w.href(list.parent.route), text(`Back to ${list.parent.title}`)),
    ...(n > 1 ? [text(' · '), link(w.href(moreRoute(list.id, n - 1)), text('Previous page'))] : []),
    ...(n < pages ? [text(' · '), link(w.href(moreRoute(list.id, n + 1)), text('Next page'))] : []),
  ];
  const body = notes.finish([
    paragraph(text(`Items ${from + 1}–${from + items.length} of ${list.items.length}${list.ranked ? '' : ', oldest first'}. `), ...pager),
    ...list.render(w, items),
  ]);
  const id = n === 1 ? list.id : `${list.id}--${n}`;
  const title = `${list.parent.title}: ${list.what}${pages > 1 ? ` (page ${n} of ${pages})` : ''}`;
  return {
    path: `more/${id}.mdx`,
    route: route.more(id),
    title,
    frontmatter: {
      title,
      kind: 'more',
      parent: { route: list.parent.route, title: list.parent.title },
      page: n,
      pages,
      items: list.items.length,
    },
    body,
    citations: notes.citations(),
  };
}
