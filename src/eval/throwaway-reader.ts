/**
 * THROWAWAY: a crude reader used only until the real ingest stage lands (then deleted).
 * Strips HTML with a parser, splits paragraphs, guesses the publication date from meta/front matter.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { selectAll, select } from 'hast-util-select';
import type { Source, SeedFile } from '../model/source.ts';

function mdClean(s: string): string {
  return s.replace(/\\([$*_\[\]()#.!-])/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\*\*|__/g, '').replace(/(^|\s)[*_]([^*_]+)[*_](?=\s|$|[.,;:])/g, '$1$2').replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();
}

export function throwawayRead(seed: SeedFile): Source {
  const raw = new TextDecoder().decode(seed.bytes);
  let paragraphs: string[] = [];
  let published: string | null = null;
  let title = '';
  let publisher: string | null = null;
  if (seed.name.endsWith('.html')) {
    const tree = fromHtml(raw);
    const meta = select('meta[property="article:published_time"]', tree);
    const c = meta?.properties?.content;
    if (typeof c === 'string') published = c.slice(0, 10);
    const site = select('meta[property="og:site_name"]', tree)?.properties?.content;
    if (typeof site === 'string') publisher = site;
    const root = select('article', tree) ?? tree;
    for (const n of selectAll('h1, p, figcaption, li, blockquote', root)) {
      const t = toText(n).replace(/\s+/g, ' ').trim();
      if (t) paragraphs.push(t);
    }
    title = paragraphs[0] ?? '';
  } else {
    let body = raw;
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(raw);
    if (fm) {
      body = raw.slice(fm[0].length);
      const d = /^date:\s*(\d{4}-\d{2}-\d{2})/m.exec(fm[1]!);
      if (d) published = d[1]!;
      const p = /^publisher:\s*(.+)$/m.exec(fm[1]!);
      if (p) publisher = p[1]!.trim();
    }
    const blocks = body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    const lines = blocks.length > 3 ? blocks : body.split(/\n/).map((b) => b.trim()).filter(Boolean);
    paragraphs = lines.map(mdClean).filter(Boolean);
    title = paragraphs[0] ?? '';
    if (!published) {
      for (const p of paragraphs.slice(0, 6)) {
        const m = /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b/.exec(p);
        if (m) {
          const mo = ['January','February','March','April','May','June','July','August','September','October','November','December'].indexOf(m[1]!) + 1;
          published = `${m[3]}-${String(mo).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
          break;
        }
      }
    }
  }
  const seen = new Set<string>();
  paragraphs = paragraphs.filter((p) => (seen.has(p) ? false : (seen.add(p), true)));
  const slug = seed.name.replace(/\.[a-z]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    id: slug, slug, file: seed.name, format: seed.name.endsWith('.html') ? 'html' : seed.name.endsWith('.md') ? 'md' : 'txt',
    title, publisher, url: null, published, authors: [], credits: [], summary: null,
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
    cleaning: { collapsedDuplicates: 0, removed: [] }, duplicateOf: null, provenance: null, textHash: slug,
  };
}
