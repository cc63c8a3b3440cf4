/**
 * HTML page → blocks and page metadata, with a real parser (hast-util-from-html, i.e. parse5).
 * Reads the article body only: the `<article>` (or `articleBody`, or `<main>`) with the most paragraph
 * text; never scripts, styles, navigation, asides, forms, embeds, cookie banners, share or tag lists.
 * Metadata comes from `<meta>` (Open Graph, `article:published_time`), JSON-LD, `<link rel=canonical>`,
 * `<h1>`, `<time datetime>` and the byline.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Root, Element, RootContent, ElementContent } from 'hast';
import { makeBlock, normalizeSpace, type Block, type PageMeta } from './block.ts';
import { isoDateAsWritten } from './date.ts';

export interface HtmlDocument {
  meta: PageMeta;
  blocks: Block[];
  /** Labels of page parts left out. */
  removed: string[];
  /** Byline and dateline texts found in the page structure. */
  bylines: string[];
  datelines: string[];
}

const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'select', 'textarea', 'input', 'button', 'form', 'head', 'meta', 'link', 'dialog']);
const CHROME_TAGS: Record<string, string> = { nav: 'navigation', aside: 'related links', footer: 'page footer', form: 'form', iframe: 'embed', button: 'buttons' };
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'br', 'img', 'font', 'label', 'del', 'ins', 'picture', 'source', 'abbr', 'tt', 'big', 'strike', 'nobr']);
const LEAF_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'dt', 'dd', 'figcaption', 'address', 'td', 'th', 'caption', 'blockquote', 'summary']);
const MAX_DEPTH = 400;

/** Class names of page chrome inside or around articles. */
const CHROME_CLASS: [RegExp, string][] = [
  [/(?:^|[-_])(?:cookies?|consent|gdpr|cmp)(?:[-_]|$)/, 'cookie notice'],
  [/(?:^|[-_])(?:nav|navigation|menu|breadcrumbs?|skip(?:-link)?|sr-only|visually-hidden|screen-reader-text)(?:[-_]|$)/, 'navigation'],
  [/(?:^|[-_])(?:related|most-read|mostread|popular|trending|recommended|more-stories|read-more|readmore|teaser)(?:[-_]|$)/, 'related links'],
  [/(?:^|[-_])(?:share|sharing|social|share-tools)(?:[-_]|$)/, 'share links'],
  [/(?:^|[-_])(?:tags?|topics?|tags-links|cat-links|kicker|categories|category|section-label)(?:[-_]|$)/, 'tags'],
  [/(?:^|[-_])(?:newsletter|subscribe|subscription|signup|sign-up|paywall|promo|cta)(?:[-_]|$)/, 'newsletter promotion'],
  [/(?:^|[-_])(?:ad|ads|advert|advertisement|sponsored|dfp)(?:[-_]|$)/, 'advertising'],
  [/(?:^|[-_])(?:comments?|disqus)(?:[-_]|$)/, 'comments'],
  [/(?:^|[-_])(?:corrections?|reading-time|read-time|reading_time|widget|sidebar|toolbar|masthead|site-header|site-footer)(?:[-_]|$)/, 'page chrome'],
];
const BYLINE_CLASS = /(?:^|[-_])(?:byline|author|authors|contributors?|entry-meta|article-meta|meta-author)(?:[-_]|$)/;
const DEK_CLASS = /(?:^|[-_])(?:dek|standfirst|excerpt|subtitle|subheadline|sub-headline|summary|lede|lead-in|intro|description|strapline|deck)(?:[-_]|$)/;
const DATELINE_CLASS = /(?:^|[-_])(?:dateline|date|published|posted-on|timestamp|pubdate)(?:[-_]|$)/;
const CREDIT_CLASS = /(?:^|[-_])(?:credit|credits|photo-credit|copyright|source|photographer|byline)(?:[-_]|$)/;

function classes(el: Element): string[] {
  const c = el.properties?.className;
  if (Array.isArray(c)) return c.map(String).map((s) => s.toLowerCase());
  if (c !== undefined && c !== null) return String(c).toLowerCase().split(/\s+/);
  return [];
}
function prop(el: Element, name: string): string | undefined {
  const v = el.properties?.[name];
  if (v === undefined || v === null || v === false) return undefined;
  return Array.isArray(v) ? v.join(' ') : String(v);
}
function hasClass(el: Element, re: RegExp): boolean {
  return classes(el).some((c) => re.test(c)) || re.test((prop(el, 'id') ?? '').toLowerCase());
}
function isHidden(el: Element): boolean {
  if (el.properties?.hidden !== undefined && el.properties.hidden !== false) return true;
  if (prop(el, 'ariaHidden') === 'true') return true;
  const style = (prop(el, 'style') ?? '').replace(/\s/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Every element, in document order, without recursion. */
function* elements(root: Root | Element): Generator<Element> {
  const stack: (Root | Element | RootContent | ElementContent)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') yield node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** Readable text of an element: text nodes joined, block boundaries as spaces, never script or style. */
export function textOf(el: Element | Root, skip?: (el: Element) => boolean): string {
  let out = '';
  const stack: (Root | Element | RootContent | ElementContent | string)[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') {
      if (NEVER_TEXT.has(node.tagName) || isHidden(node) || (skip && node !== el && skip(node))) continue;
      if (node.tagName === 'br') {
        out += ' ';
        continue;
      }
      const block = !INLINE.has(node.tagName);
      if (block) out += ' ';
      if (block) stack.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    } else if (node.type === 'root') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return normalizeSpace(out);
}

function lineOf(node: Element): number | undefined {
  return node.position?.start.line;
}

interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  url?: string;
  description?: string;
  organization?: string;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|Report|WebPage|LiveBlogPosting)$/;

function readJsonLd(texts: string[]): JsonLdFacts {
  const facts: JsonLdFacts = { authors: [] };
  const nameOf = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && 'name' in v && typeof (v as { name: unknown }).name === 'string') return (v as { name: string }).name;
    return undefined;
  };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 20 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 200)) visit(v, depth + 1);
      return;
    }
    const obj = value as Record<string, unknown>;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t)) && !types.includes('WebPage')) {
      if (!facts.headline && typeof obj.headline === 'string') facts.headline = obj.headline;
      if (!facts.datePublished && typeof obj.datePublished === 'string') facts.datePublished = obj.datePublished;
      if (!facts.description && typeof obj.description === 'string') facts.description = obj.description;
      if (facts.authors.length === 0 && obj.author) {
        for (const a of ([] as unknown[]).concat(obj.author)) {
          const n = nameOf(a);
          if (n) facts.authors.push(n);
        }
      }
      if (!facts.publisher) facts.publisher = nameOf(obj.publisher);
      if (!facts.url) {
        const page = obj.mainEntityOfPage;
        const id = typeof page === 'string' ? page : page && typeof page === 'object' ? (page as Record<string, unknown>)['@id'] : undefined;
        if (typeof id === 'string') facts.url = id;
        else if (typeof obj.url === 'string') facts.url = obj.url;
      }
    }
    if (types.some((t) => /^(?:Organization|NewsMediaOrganization)$/.test(t)) && !facts.organization) facts.organization = nameOf(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const text of texts) {
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Broken JSON-LD is common on real pages; the other metadata still applies.
    }
  }
  return facts;
}

/** `Headline | Site`, `Headline – Site`: drop the site part. */
function titleFromTitleElement(title: string, site?: string): string {
  const parts = title.split(/\s+[|–—]\s+|\s+-\s+/);
  if (parts.length > 1) {
    const last = parts.at(-1)!;
    if (!site || last.toLowerCase() === site.toLowerCase() || last.length < 40) return parts.slice(0, -1).join(' - ');
  }
  return title;
}

function paragraphChars(el: Element): number {
  let n = 0;
  for (const e of elements(el)) if (e.tagName === 'p') n += textOf(e).length;
  return n;
}

export function readHtml(source: string): HtmlDocument {
  const tree = fromHtml(source, { onerror: undefined });
  const metaTags = new Map<string, string>();
  const ldTexts: string[] = [];
  let titleText: string | undefined;
  let canonical: string | undefined;
  const candidates: Element[] = [];
  let main: Element | undefined;
  let body: Element | undefined;
  for (const el of elements(tree)) {
    switch (el.tagName) {
      case 'meta': {
        const key = (prop(el, 'property') ?? prop(el, 'name') ?? prop(el, 'itemProp') ?? '').toLowerCase();
        const content = prop(el, 'content');
        if (key && content !== undefined && !metaTags.has(key)) metaTags.set(key, normalizeSpace(content));
        break;
      }
      case 'title':
        titleText ??= textOf(el) || normalizeSpace(el.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
        break;
      case 'link':
        if ((prop(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical ??= prop(el, 'href');
        break;
      case 'script':
        if ((prop(el, 'type') ?? '').toLowerCase() === 'application/ld+json') ldTexts.push(el.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
        break;
      case 'article':
        candidates.push(el);
        break;
      case 'main':
        main ??= el;
        break;
      case 'body':
        body ??= el;
        break;
      default:
        if (prop(el, 'itemProp') === 'articleBody') candidates.push(el);
        if (prop(el, 'role') === 'main') main ??= el;
    }
  }
  const ld = readJsonLd(ldTexts);
  let root: Element | Root = tree;
  let best = -1;
  for (const c of candidates) {
    const n = paragraphChars(c);
    if (n > best) {
      best = n;
      root = c;
    }
  }
  // An `articleBody` inside the chosen article: keep the article (it holds the headline and byline).
  if (best <= 0) root = main ?? body ?? tree;

  const doc: HtmlDocument = { meta: {}, blocks: [], removed: [], bylines: [], datelines: [] };
  if (root !== tree && root !== body) doc.removed.push('page chrome');
  const label = (l: string): void => {
    if (!doc.removed.includes(l)) doc.removed.push(l);
  };
  let h1: string | undefined;
  let dek: string | undefined;
  let timeDate: string | undefined;
  let sawBody = false;
  let inline: { text: string; line?: number } | null = null;
  const flush = (): void => {
    if (inline && normalizeSpace(inline.text)) {
      const block = makeBlock('paragraph', inline.text, { line: inline.line });
      doc.blocks.push(block);
      if (block.text.split(' ').length >= 12) sawBody = true;
    }
    inline = null;
  };
  const authorLinks: string[] = [];

  const walk = (node: Element | Root, depth: number): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (child.value.trim()) {
          inline ??= { text: '', line: child.position?.start.line };
          inline.text += child.value;
        } else if (inline) inline.text += ' ';
        continue;
      }
      if (child.type !== 'element') continue;
      const el = child;
      const tag = el.tagName;
      if (INLINE.has(tag) && tag !== 'time' && !hasClass(el, BYLINE_CLASS) && !CHROME_CLASS.some(([re]) => hasClass(el, re)) && !(hasClass(el, DATELINE_CLASS) && !sawBody)) {
        if (tag === 'img' || tag === 'picture') continue;
        const t = textOf(el);
        if (t) {
          inline ??= { text: '', line: lineOf(el) };
          inline.text += ' ' + t + ' ';
        }
        continue;
      }
      flush();
      if (NEVER_TEXT.has(tag) || isHidden(el)) {
        if (CHROME_TAGS[tag] && textOf(el)) label(CHROME_TAGS[tag]!);
        continue;
      }
      if (depth > MAX_DEPTH) continue;
      if (tag === 'time') {
        timeDate ??= isoDateAsWritten(prop(el, 'dateTime') ?? '') ?? undefined;
        if (!prop(el, 'dateTime')) doc.datelines.push(textOf(el));
        continue;
      }
      if (hasClass(el, BYLINE_CLASS) && !sawBody) {
        doc.bylines.push(textOf(el));
        for (const e of elements(el)) {
          if (e.tagName === 'a' && ((prop(e, 'rel') ?? '').includes('author') || /\/(?:authors?|staff|people|profile|journalists?|by)\//.test(prop(e, 'href') ?? ''))) authorLinks.push(textOf(e));
          if (e.tagName === 'time') timeDate ??= isoDateAsWritten(prop(e, 'dateTime') ?? '') ?? undefined;
        }
        label('byline');
        continue;
      }
      const chrome = CHROME_CLASS.find(([re]) => hasClass(el, re));
      if (chrome || CHROME_TAGS[tag] || (tag === 'header' && ![...elements(el)].some((e) => e.tagName === 'h1')) || prop(el, 'role') === 'dialog' || prop(el, 'role') === 'navigation') {
        if (textOf(el)) label(chrome?.[1] ?? CHROME_TAGS[tag] ?? 'page chrome');
        continue;
      }
      if (tag === 'h1' && !h1) {
        h1 = textOf(el);
        continue;
      }
      if (!sawBody && !dek && hasClass(el, DEK_CLASS) && /^(?:p|div|h2|h3|span)$/.test(tag)) {
        dek = textOf(el);
        // The dek is also article text: keep it as the first paragraph.
        if (dek) doc.blocks.push(makeBlock('paragraph', dek, { line: lineOf(el) }));
        continue;
      }
      if (!sawBody && hasClass(el, DATELINE_CLASS) && /^(?:p|div|span)$/.test(tag) && !/^h\d$/.test(tag)) {
        doc.datelines.push(textOf(el));
        continue;
      }
      if (tag === 'figure') {
        const caption = [...elements(el)].find((e) => e.tagName === 'figcaption');
        if (caption) {
          const text = textOf(caption, (e) => hasClass(e, CREDIT_CLASS) || e.tagName === 'small' || /^(?:photo|image|picture|credit|foto)s?\b/i.test(textOf(e)));
          if (text !== textOf(caption)) label('photo credit');
          if (text) doc.blocks.push(makeBlock('caption', text, { line: lineOf(caption) }));
        } else label('image');
        continue;
      }
      if (LEAF_BLOCKS.has(tag) && ![...elements(el)].some((e) => e !== el && (LEAF_BLOCKS.has(e.tagName) || e.tagName === 'div' || e.tagName === 'figure'))) {
        const text = textOf(el);
        if (!text) continue;
        const kind: Block['kind'] = /^h[1-6]$/.test(tag) ? 'heading' : tag === 'li' ? 'item' : tag === 'figcaption' ? 'caption' : tag === 'blockquote' ? 'quote' : tag === 'pre' ? 'code' : 'paragraph';
        const links = [...elements(el)].filter((e) => e.tagName === 'a').map((a) => ({ text: textOf(a), href: prop(a, 'href') ?? '' }));
        const em = [...elements(el)].filter((e) => e.tagName === 'em' || e.tagName === 'i' || e.tagName === 'strong' || e.tagName === 'b');
        const emphasized = em.some((e) => textOf(e) === text);
        doc.blocks.push(
          makeBlock(kind, text, {
            line: lineOf(el),
            ...(kind === 'heading' ? { depth: Number(tag.slice(1)) } : {}),
            links,
            linkChars: links.reduce((n, l) => n + l.text.length, 0),
            emphasized,
          }),
        );
        if (kind === 'paragraph' && text.split(' ').length >= 12) sawBody = true;
        continue;
      }
      walk(el, depth + 1);
      flush();
    }
  };
  walk(root, 0);
  flush();

  const site = metaTags.get('og:site_name') ?? ld.publisher ?? ld.organization;
  const published =
    isoDateAsWritten(metaTags.get('article:published_time') ?? '') ??
    isoDateAsWritten(ld.datePublished ?? '') ??
    timeDate ??
    isoDateAsWritten(metaTags.get('date') ?? metaTags.get('pubdate') ?? metaTags.get('publish-date') ?? metaTags.get('dc.date') ?? metaTags.get('datepublished') ?? '') ??
    undefined;
  const title = h1 || metaTags.get('og:title') || ld.headline || (titleText ? titleFromTitleElement(titleText, site) : undefined);
  const authorMeta = metaTags.get('author');
  const authors = authorLinks.length ? authorLinks : ld.authors.length ? ld.authors : authorMeta ? [authorMeta] : [];
  doc.meta = {
    ...(title ? { title: normalizeSpace(title) } : {}),
    ...(published ? { published } : {}),
    ...(canonical || metaTags.get('og:url') || ld.url ? { url: (canonical ?? metaTags.get('og:url') ?? ld.url)! } : {}),
    ...(site ? { publisher: normalizeSpace(site) } : {}),
    ...(authors.length ? { authors: authors.map(normalizeSpace).filter(Boolean) } : {}),
    ...(dek || metaTags.get('og:description') || metaTags.get('description') ? { summary: normalizeSpace((dek || metaTags.get('og:description') || metaTags.get('description'))!) } : {}),
  };
  return doc;
}
