/**
 * Adds `rel="external noopener noreferrer"` to the external links of a built page, editing only the
 * start tags of the links that need it: the rest of the page (and so every CSP hash) stays byte-identical.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { markExternalLinks } from './external-links.ts';

/** Offset just after the `>` that ends the start tag beginning at `start` (quotes respected). */
function startTagEnd(html: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

function* anchors(nodes: readonly RootContent[]): Generator<Element> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'a' || node.tagName === 'area') yield node;
    yield* anchors(node.children);
  }
}

function relOf(el: Element): string {
  const rel = el.properties.rel;
  return Array.isArray(rel) ? rel.join(' ') : String(rel ?? '');
}

/**
 * Returns the page with its external links marked, or null when nothing had to change. `parsed` (the page's tree,
 * when the caller has it) is marked in place, so it then describes the returned page.
 */
export function rewriteExternalLinks(html: string, siteOrigin?: string | null, parsed?: Root): string | null {
  const tree: Root = parsed ?? fromHtml(html);
  const before = new Map([...anchors(tree.children)].map((el) => [el, { rel: relOf(el), value: el.properties.rel }]));
  if (markExternalLinks(tree, siteOrigin) === 0) return null;
  const undo = () => {
    for (const [el, { value }] of before) el.properties.rel = value;
  };
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const [el, { rel }] of before) {
    if (relOf(el) === rel) continue;
    const start = el.position?.start.offset;
    if (start === undefined || html[start] !== '<') {
      undo(); // implied element: leave the page (and its tree) as they were, for the scanner to report
      return null;
    }
    const tag = toHtml({ ...el, children: [] }, { allowDangerousCharacters: true });
    edits.push({ start, end: startTagEnd(html, start), text: tag.slice(0, tag.lastIndexOf('</')) });
  }
  // One pass over the page (splicing edit by edit copied the whole page per link: quadratic on the book page).
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    parts.push(html.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
