/**
 * Source page: the cleaned paragraphs with `id="pN"` anchors, actor mentions linked to actor pages,
 * and under each paragraph the briefing pages that cite it. Metadata (publisher, date, URL, credits,
 * what was cleaned) is in the front matter, drawn by the SourceMeta component.
 */
import type { RootContent } from 'mdast';
import type { Paragraph, Source } from '../../model/source.ts';
import type { Briefing } from '../briefing.ts';
import { cmp } from '../briefing.ts';
import { joinAnd, jsxFlow, jsxText, link, paragraph, text, type Phrasing } from '../mdast.ts';
import type { PageOut } from '../page.ts';
import { href, route } from '../routes.ts';
import { safeUrl } from '../safe-url.ts';

export interface CitingPage { route: string; title: string }

interface Span { start: number; end: number; actor: string }

/** Non-overlapping occurrences of the paragraph's mentions (longest first at equal start). */
export function mentionSpans(b: Briefing, source: Source, p: Paragraph): Span[] {
  const forms = new Map<string, string>();
  for (const m of b.mentionsIn({ source: source.id, paragraph: p.id })) if (m.text.trim()) forms.set(m.text, m.actor);
  const spans: Span[] = [];
  for (const [form, actor] of forms) {
    let at = p.text.indexOf(form);
    while (at >= 0) {
      const before = p.text[at - 1] ?? ' ', after = p.text[at + form.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) spans.push({ start: at, end: at + form.length, actor });
      at = p.text.indexOf(form, at + 1);
    }
  }
  spans.sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start) || cmp(x.actor, y.actor));
  const out: Span[] = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

export function sourcePage(b: Briefing, id: string, citedBy: Map<string, CitingPage[]>): PageOut {
  const source = b.source(id);
  if (!source) throw new Error(`no source ${id}`);
  const body: RootContent[] = [];
  const base = (target: string): string => href(2, target);
  for (const p of source.paragraphs) {
    const n = p.id.replace(/^p/, '');
    const children: Phrasing[] = [jsxText('a', { class: 'pnum', href: `#${p.id}`, 'aria-label': `Paragraph ${n}` }, [text(n)]), text(' ')];
    let at = 0;
    for (const s of mentionSpans(b, source, p)) {
      if (s.start > at) children.push(text(p.text.slice(at, s.start)));
      children.push(link(base(route.actor(s.actor)), text(p.text.slice(s.start, s.end))));
      at = s.end;
    }
    if (at < p.text.length) children.push(text(p.text.slice(at)));
    const block: RootContent[] = [paragraph(...children)];
    const pages = citedBy.get(`${source.id}#${p.id}`) ?? [];
    if (pages.length) {
      block.push(jsxFlow('div', { class: 'cited-by' }, [
        paragraph(text('Cited by '), ...joinAnd(pages.map((c) => [link(base(c.route), text(c.title))])), text('.')),
      ]));
    }
    body.push(jsxFlow('div', { id: p.id, class: 'para' }, block));
  }
  const mentions = b.mentionCount(source.id);
  return {
    path: `sources/${source.slug}.mdx`,
    route: route.source(source.slug),
    title: source.title,
    frontmatter: {
      title: source.title,
      kind: 'source',
      publisher: source.publisher,
      published: source.published,
      url: safeUrl(source.url),
      file: source.file,
      format: source.format,
      authors: source.authors,
      credits: source.credits,
      summary: source.summary,
      cleaning: source.cleaning,
      duplicateOf: source.duplicateOf,
      retrievedAt: source.provenance?.retrievedAt ?? null,
      // Where `dossier add` fetched it (after redirects); only sources collected with provenance carry it.
      ...(source.provenance ? { retrievedFrom: safeUrl(source.provenance.finalUrl ?? source.provenance.url) } : {}),
      counts: { paragraphs: source.paragraphs.length, mentions, cited: source.paragraphs.filter((p) => citedBy.has(`${source.id}#${p.id}`)).length },
    },
    body,
    citations: [],
  };
}
