/**
 * Footnotes of one page. Facts cite paragraphs with `notes.ref(citation)`; `finish()` numbers the
 * notes in document order (so numbering is stable), gives a paragraph cited several times one note
 * (GFM renders its back-references), and appends the definitions: publisher, title, date, paragraph,
 * a link to our copy of the paragraph and one to the original article.
 */
import type { FootnoteDefinition, FootnoteReference, Nodes, RootContent } from 'mdast';
import type { Citation } from '../model/graph.ts';
import { citationKey, type Briefing } from './briefing.ts';
import { formatDate } from './dates.ts';
import { link, paragraph, text, type Phrasing } from './mdast.ts';
import { href, route, type Depth } from './routes.ts';
import { safeUrl } from './safe-url.ts';

export class Notes {
  private readonly briefing: Briefing;
  private readonly depth: Depth;
  private readonly used = new Map<string, Citation>();

  constructor(briefing: Briefing, depth: Depth) {
    this.briefing = briefing;
    this.depth = depth;
  }

  ref(c: Citation): FootnoteReference {
    const key = citationKey(c);
    if (!this.briefing.paragraph(c)) throw new Error(`footnote to a missing paragraph: ${key}`);
    if (!this.used.has(key)) this.used.set(key, { source: c.source, paragraph: c.paragraph });
    // `data.citation` is for tests and tools that read the tree (the writer prints only the number).
    return { type: 'footnoteReference', identifier: key, label: key, data: { citation: { source: c.source, paragraph: c.paragraph } } as FootnoteReference['data'] };
  }

  /** Every paragraph this page cites (after `finish`, in note order). */
  citations(): Citation[] {
    return [...this.used.values()];
  }

  /** Numbers the references in document order and returns the body followed by the definitions. */
  finish(body: RootContent[]): RootContent[] {
    const numbers = new Map<string, number>();
    const visit = (node: Nodes): void => {
      if (node.type === 'footnoteReference') {
        let n = numbers.get(node.identifier);
        if (n === undefined) {
          n = numbers.size + 1;
          numbers.set(node.identifier, n);
        }
        node.identifier = String(n);
        node.label = String(n);
      }
      if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
    };
    for (const node of body) visit(node);
    const ordered = [...numbers.entries()].sort((a, b) => a[1] - b[1]);
    const reordered = new Map<string, Citation>();
    const definitions: FootnoteDefinition[] = [];
    for (const [key, n] of ordered) {
      const c = this.used.get(key)!;
      reordered.set(key, c);
      definitions.push({ type: 'footnoteDefinition', identifier: String(n), label: String(n), children: [paragraph(...this.describe(c))] });
    }
    this.used.clear();
    for (const [k, v] of reordered) this.used.set(k, v);
    return [...body, ...definitions];
  }

  private describe(c: Citation): Phrasing[] {
    const source = this.briefing.source(c.source)!;
    const number = c.paragraph.replace(/^p/, '');
    const parts: Phrasing[] = [
      text(`${source.publisher ?? 'Unknown publisher'}, “${source.title}”, ${formatDate(source.published) ?? 'undated'}, paragraph ${number}: `),
      link(href(this.depth, route.source(source.slug, c.paragraph)), text(`our copy of ¶${number}`)),
    ];
    const url = safeUrl(source.url);
    if (url) parts.push(text(' · '), link(url, text('original article')));
    parts.push(text('.'));
    return parts;
  }
}
