/**
 * Long lists stay off the briefing pages. A section with more than 1.5 × `SHOWN` items shows the latest `SHOWN` and a
 * link to the full list, written on "more" pages (`more/<id>/`, then `more/<id>--<key hash>/`, each with its own
 * footnotes). So a page stays small (under ~100 KB of HTML) whatever the archive's size, and every item is still
 * published, cited and one click away.
 *
 * Where a list's pages break depends on its items, not on their count (content-defined chunking, `pagesOf`); a page
 * after the first is named after the key of its first item, and no page names totals or page numbers. So a new source that adds
 * an item to a long list rewrites the page the item lands on (and at most its neighbours), not every page after it:
 * `content/` diffs between briefing versions stay small and Astro's content cache stays warm.
 */
import type { RootContent } from 'mdast';
import type { DatedEvent, Figure } from '../../model/graph.ts';
import type { Briefing, Fact } from '../briefing.ts';
import { Notes } from '../footnotes.ts';
import { link, paragraph, text } from '../mdast.ts';
import type { PageOut } from '../page.ts';
import { plural, Writer } from '../prose.ts';
import { route } from '../routes.ts';

/** Items shown on the briefing page itself (the latest ones). */
export const SHOWN = 8;

/**
 * How a list is cut into pages: a group ends before an item whose key hashes to 0 modulo `every` (so a group's ends
 * depend on its own items only); a group of fewer than `min` items joins the next (the last, the one before); a group
 * of more than `max` is split into equal pages of at most `max`.
 */
export interface PageSize { every: number; min: number; max: number }
export const PAGE_SIZE: PageSize = { every: 64, min: 16, max: 90 };
/** Disagreement callouts name several figures, each with its note: fewer a page. */
export const DISAGREEMENT_PAGE_SIZE: PageSize = { every: 28, min: 8, max: 40 };

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
  /** A stable id of an item (a fact's, actor's or source's id): where pages break depends on it. */
  key: (item: T) => string;
  /** When an item is from ("3 March 2024"), for lists in reading order: pages are titled by the span they cover. */
  label?: (item: T) => string;
  ranked?: boolean;
  /** Override `SHOWN` / `PAGE_SIZE` for lists whose items are small (the timeline) or large (disagreements). */
  shown?: number;
  size?: PageSize;
  /** Renders items as blocks (a list or a table) with the page's writer. */
  render: (w: Writer, items: readonly T[]) => RootContent[];
}


/** How lists of facts, figures and events break into pages (by id) and label them (by date). */
export function listOrders(w: Writer) {
  return {
    facts: { key: (f: Fact) => f.fact.id, label: (f: Fact) => w.sourceDate(f.fact) },
    figures: { key: (f: Figure) => f.id, label: (f: Figure) => w.sourceDate(f) },
    events: { key: (e: DatedEvent) => e.id, label: (e: DatedEvent) => w.eventDate(e) },
  };
}

/** FNV-1a, 32 bits: a stable hash of an item's key. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The items cut into pages where their keys say (see `PageSize`). */
export function pagesOf<T>(items: readonly T[], key: (item: T) => string, size: PageSize = PAGE_SIZE): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  for (const item of items) {
    if (group.length > 0 && hash(key(item)) % size.every === 0) {
      groups.push(group);
      group = [];
    }
    group.push(item);
  }
  if (group.length) groups.push(group);
  const joined: T[][] = [];
  let pending: T[] = [];
  for (const g of groups) {
    pending.push(...g);
    if (pending.length >= size.min) {
      joined.push(pending);
      pending = [];
    }
  }
  if (pending.length) {
    if (joined.length) joined[joined.length - 1]!.push(...pending);
    else joined.push(pending);
  }
  return joined.flatMap((g) => {
    const parts = Math.ceil(g.length / size.max);
    const per = Math.ceil(g.length / parts);
    return Array.from({ length: parts }, (_, i) => g.slice(i * per, (i + 1) * per));
  });
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
  const pages = pagesOf(list.items, list.key, list.size);
  const ids = pageIds(list, pages);
  const b = w.briefing;
  pages.forEach((items, i) => {
    const make = () => morePage(b, list, items, ids, i, pages.length > 1);
    // What the page is given rather than reads: with it, a page of an unchanged chunk is reused (src/emit/memo.ts).
    const given = () => b.print([list.id, list.what, list.parent, Boolean(list.ranked), ids[i - 1] ?? null, ids[i], ids[i + 1] ?? null, pages.length > 1, items]);
    out.push(b.pages ? b.pages.page(`more/${ids[i]}.mdx`, given(), make) : make());
  });
  return [
    ...list.render(w, shown),
    paragraph(
      text(`Showing the ${list.ranked ? 'first' : 'latest'} ${limit} of ${plural(list.items.length, list.noun)}. `),
      link(w.href(route.more(list.id)), text(`All ${plural(list.items.length, list.noun)}${pages.length > 1 ? ` (${pages.length} pages)` : ''}`)),
      text('.'),
    ),
  ];
}

/** Page ids: the list's own for the first page, then the list's and the hash of the page's first item key. */
function pageIds<T>(list: LongList<T>, pages: readonly T[][]): string[] {
  const used = new Set<string>();
  return pages.map((items, i) => {
    const base = i === 0 ? list.id : `${list.id}--${hash(list.key(items[0]!)).toString(36)}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  });
}

function morePage<T>(b: Briefing, list: LongList<T>, items: readonly T[], ids: readonly string[], i: number, several: boolean): PageOut {
  const notes = new Notes(b, 2);
  const w = new Writer(b, notes, 2);
  const pager = [
    link(w.href(list.parent.route), text(`Back to ${list.parent.title}`)),
    ...(i > 0 ? [text(' · '), link(w.href(route.more(ids[i - 1]!)), text('Previous page'))] : []),
    ...(i < ids.length - 1 ? [text(' · '), link(w.href(route.more(ids[i + 1]!)), text('Next page'))] : []),
  ];
  const from = list.label?.(items[0]!), to = list.label?.(items[items.length - 1]!);
  const span = from === undefined || to === undefined ? null : from === to ? from : `${from} to ${to}`;
  const intro = `${several ? 'Part of the list' : 'The whole list'}${list.ranked ? '' : ', oldest first'}. `;
  const body = notes.finish([paragraph(text(intro), ...pager), ...list.render(w, items)]);
  const title = `${list.parent.title}: ${list.what}${several ? (span ? `, ${span}` : i > 0 ? ', continued' : '') : ''}`;
  return {
    path: `more/${ids[i]}.mdx`,
    route: route.more(ids[i]!),
    title,
    frontmatter: {
      title,
      kind: 'more',
      parent: { route: list.parent.route, title: list.parent.title },
      span,
    },
    body,
    citations: notes.citations(),
  };
}
