/**
 * Small builders for the mdast (+ MDX JSX, GFM) nodes the pages are made of. All seed-derived text
 * enters the tree through `text()` or attribute values, never as raw markdown, so the serialiser
 * escapes it.
 */
import type {
  Heading, Link, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong, Emphasis, Table, TableCell, TableRow, Text,
} from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type Phrasing = PhrasingContent;
export type Flow = RootContent;
export type Attrs = Record<string, string | number | null | undefined>;

/** Collapses runs of white space (seed text never carries line structure into prose). */
export function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

export function text(value: string): Text {
  return { type: 'text', value: value.replace(/\s+/g, ' ') };
}

/**
 * Words of a source, verbatim (a quote, an excerpt, a figure as written), as plain text: `shown` is what the page
 * prints (the words, or the words in quotation marks) and `data.verbatim` the words themselves, which the footnote that
 * follows must lead to (tests check it; the MDX writer ignores `data`). Plain text rather than `<q>`/`<data>`
 * elements: an inline JSX element makes its whole list or table a tree of component calls in the compiled page, which
 * was a fifth of the site's build time (docs/performance.md).
 */
export function verbatim(words: string, shown = words): Text {
  return { type: 'text', value: shown.replace(/\s+/g, ' '), data: { verbatim: words.replace(/\s+/g, ' ') } as Text['data'] };
}

function attributes(attrs: Attrs): MdxJsxAttribute[] {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value: String(value) }));
}

/** An inline JSX element (`<a>`, `<q>`, `<data>`, `<span>`). */
export function jsxText(name: string, attrs: Attrs, children: Phrasing[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(attrs), children };
}

/** A block JSX element; its children are blocks (wrap phrasing in `paragraph()`). */
export function jsxFlow(name: string, attrs: Attrs, children: Flow[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(attrs), children: children as MdxJsxFlowElement['children'] };
}

export function paragraph(...children: Phrasing[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: 1 | 2 | 3 | 4, ...children: Phrasing[]): Heading {
  return { type: 'heading', depth, children };
}

export function link(url: string, ...children: Phrasing[]): Link {
  return { type: 'link', url, children };
}

export function strong(...children: Phrasing[]): Strong {
  return { type: 'strong', children };
}

export function emphasis(...children: Phrasing[]): Emphasis {
  return { type: 'emphasis', children };
}

export function listItem(...children: Flow[]): ListItem {
  return { type: 'listItem', spread: false, children: children as ListItem['children'] };
}

export function list(items: ListItem[], ordered = false): List {
  return { type: 'list', ordered, spread: false, children: items };
}

/** A bullet list of one-paragraph items. */
export function bullets(items: Phrasing[][]): List {
  return list(items.map((phrasing) => listItem(paragraph(...phrasing))));
}

export function table(header: Phrasing[][], rows: Phrasing[][][]): Table {
  const row = (cells: Phrasing[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
  });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/** Joins phrasing runs with ", " and a final " and ". */
export function joinAnd(parts: Phrasing[][], conjunction = 'and'): Phrasing[] {
  const out: Phrasing[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(text(i === parts.length - 1 ? (parts.length > 2 ? `, ${conjunction} ` : ` ${conjunction} `) : ', '));
    out.push(...part);
  });
  return out;
}
