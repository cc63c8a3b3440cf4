/**
 * Blocks → article: title, dateline, byline, dek, captions, credits and body paragraphs, with page
 * furniture removed and every removal named. Works the same for every format.
 */
import { normalizeSpace, type Block, type PageMeta } from './block.ts';
import { BLOCK_RULES, DISCLAIMER_HEAD, DISCLAIMER_INLINE, MOST_READ_HEAD, normaliseUrl, ORIGINAL_URL } from './boilerplate.ts';
import { bylineNames, isBylineText } from './byline.ts';
import { datelineDate, findDate } from './date.ts';
import { footerNames, leadMarker } from './publisher.ts';

export interface CleanParagraph {
  text: string;
  line?: number;
}

export interface CleanArticle {
  title: string | null;
  published: string | null;
  url: string | null;
  authors: string[];
  credits: string[];
  summary: string | null;
  paragraphs: CleanParagraph[];
  removed: string[];
  collapsedDuplicates: number;
  /** Publisher names seen in lead markers ("(MENAFN) …") and in footers. */
  markers: string[];
  footers: string[];
}

interface Item {
  block: Block;
  /** Why the block is left out of the paragraphs (a removal label), or '' for structural parts (title). */
  drop: string | null;
  caption?: boolean;
}

const CREDIT_TEXT = /^(?:photo|photograph|image|picture|credit|foto)s?\b|\/|©|\bcc[ -]by\b|\bgetty images\b|^supplied$|\bcourtesy of\b/i;
const TRAILING_CREDIT_PAREN = /\s*[([](?:photo|photograph|image|picture|credit|foto)s?\b[^()[\]]*[)\]]\s*$/i;
const TRAILING_CREDIT_PLAIN = /\s*(?:photo|photograph|image|picture|foto)s?(?: credit)?\s*:\s*[^.]*$/i;
const CREDIT_LINE = /\b(?:contributed|contributing|contributed additional)\s+(?:to\s+)?(?:this\s+)?report(?:ing|s)?\b|^(?:with\s+)?(?:additional|further)\s+reporting\s+(?:by|from)\b/i;
const REPORTING_BY = /^(?:reporting|writing|editing|compiled|written)\s+by\b/i;
const TERMINAL = /[.!?…]["”’')\]]*$/;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Caption text with its photo credit removed, or null when the block is not a caption. */
function captionText(block: Block): string | null {
  if (block.trailingLink && CREDIT_TEXT.test(block.trailingLink.text) && block.trailingLink.before.length <= 400) return block.trailingLink.before;
  if (block.kind === 'caption') return block.text.replace(TRAILING_CREDIT_PAREN, '').replace(TRAILING_CREDIT_PLAIN, '').trim();
  if (TRAILING_CREDIT_PAREN.test(block.text) && block.text.length <= 400) return block.text.replace(TRAILING_CREDIT_PAREN, '').trim();
  return null;
}

export function clean(blocks: readonly Block[], meta: PageMeta, options: { titleInBlocks: boolean; fileTitle: string }): CleanArticle {
  const items: Item[] = blocks.map((block) => ({ block, drop: null }));
  const removedOrder: { label: string; at: number }[] = [];
  const out: CleanArticle = {
    title: meta.title ?? null,
    published: meta.published ?? null,
    url: meta.url ?? null,
    authors: [...(meta.authors ?? [])],
    credits: [],
    summary: meta.summary ?? null,
    paragraphs: [],
    removed: [],
    collapsedDuplicates: 0,
    markers: [],
    footers: [],
  };
  const drop = (i: number, label: string): void => {
    const item = items[i];
    if (!item || item.drop !== null) return;
    item.drop = label;
    if (label) removedOrder.push({ label, at: i });
    if (label === 'copyright notice' || label === 'publisher notice' || label === 'legal disclaimer' || label === 'newsletter promotion' || label === 'page header') {
      out.footers.push(...footerNames(item.block.text));
    }
  };
  const live = (i: number): boolean => items[i]?.drop === null;

  // 1. Boilerplate recognised block by block, and the few multi-block patterns.
  for (let i = 0; i < items.length; i++) {
    const b = items[i]!.block;
    if (b.kind === 'rule') {
      drop(i, '');
      continue;
    }
    if (b.kind === 'code') {
      drop(i, 'code block');
      continue;
    }
    const url = ORIGINAL_URL.exec(b.text);
    if (url) {
      let found = url[1] ?? url[2] ?? b.links.find((l) => /^https?:/.test(l.href))?.href;
      drop(i, 'original URL footer');
      const next = items[i + 1]?.block;
      if (!found && next && /^<?https?:\/\/\S+>?$/.test(next.text)) {
        found = next.text.replace(/^<|>$/g, '');
        drop(i + 1, 'original URL footer');
      }
      const safe = found ? normaliseUrl(found) : null;
      if (safe) out.url ??= safe;
      continue;
    }
    if (DISCLAIMER_HEAD.test(b.text)) {
      drop(i, 'legal disclaimer');
      if (items[i + 1] && items[i + 1]!.block.kind !== 'heading') drop(i + 1, 'legal disclaimer');
      continue;
    }
    if (DISCLAIMER_INLINE.test(b.text)) {
      drop(i, 'legal disclaimer');
      continue;
    }
    if (MOST_READ_HEAD.test(b.text)) {
      drop(i, 'most-read list');
      for (let j = i + 1; j < items.length && items[j]!.block.text.length <= 140 && !TERMINAL.test(items[j]!.block.text); j++) drop(j, 'most-read list');
      continue;
    }
    if (isBylineText(b.text)) continue;
    const rule = BLOCK_RULES.find((r) => r.test(b));
    if (rule) {
      drop(i, rule.label);
      // "Comments" followed by "No comment" / "Be the first to comment": both go.
      continue;
    }
  }

  // 2. Title: front matter or page metadata, else the first heading, else a short first line.
  let titleIndex = -1;
  if (options.titleInBlocks) {
    const firstLive = items.findIndex((_, i) => live(i));
    // The headline comes before the story: look no further than the first long paragraph.
    let limit = Math.min(items.length, Math.max(firstLive, 0) + 40);
    const firstProse = items.findIndex((it, i) => live(i) && it.block.kind !== 'heading' && it.block.text.length > 300);
    if (firstProse >= 0) limit = Math.min(limit, firstProse);
    const wanted = out.title ? comparable(out.title) : null;
    if (wanted) titleIndex = items.findIndex((it, i) => i < limit && live(i) && comparable(it.block.text) === wanted);
    if (titleIndex < 0) titleIndex = items.findIndex((it, i) => i < limit && live(i) && it.block.kind === 'heading' && it.block.depth === 1);
    if (titleIndex < 0 && !out.title && firstLive >= 0) {
      // A lower heading as the very first text, else a short first line.
      const first = items[firstLive]!.block;
      if (first.kind === 'heading' || (first.text.length <= 200 && words(first.text) >= 2 && !isBylineText(first.text) && !datelineDate(first.text))) titleIndex = firstLive;
    }
    if (titleIndex >= 0) {
      out.title ??= items[titleIndex]!.block.text;
      items[titleIndex]!.drop = '';
      // Whatever precedes the headline is the site's masthead, menus and banners.
      for (let i = 0; i < titleIndex; i++) drop(i, 'page header');
    }
  }
  if (!out.title) out.title = options.fileTitle;

  // 3. The header zone under the headline: dateline, byline, dek, lead image and caption.
  const start = titleIndex >= 0 ? titleIndex + 1 : 0;
  let zone = 0;
  for (let i = start; i < items.length && zone < 8; i++) {
    if (!live(i)) {
      if (items[i]!.drop === 'image' || items[i]!.drop === 'photo credit' || items[i]!.drop === '' || items[i]!.drop === 'reading time') continue;
      if (items[i]!.drop === 'page header' || items[i]!.drop === 'navigation' || items[i]!.drop === 'cookie notice' || items[i]!.drop === 'tags' || items[i]!.drop === 'republication note') continue;
      continue;
    }
    zone++;
    const b = items[i]!.block;
    const date = datelineDate(b.text);
    if (date) {
      out.published ??= date;
      drop(i, 'dateline');
      continue;
    }
    if (isBylineText(b.text)) {
      for (const name of bylineNames(b.text)) if (!out.authors.includes(name)) out.authors.push(name);
      const d = findDate(b.text);
      if (d) out.published ??= d.date;
      drop(i, 'byline');
      continue;
    }
    const caption = captionText(b);
    if (caption !== null) {
      items[i]!.caption = true;
      continue;
    }
    const firstAfterTitle = zone === 1;
    if (!out.summary && b.kind !== 'heading' && words(b.text) >= 6 && b.text.length <= 400 && (b.emphasized || (firstAfterTitle && !TERMINAL.test(b.text) && !/["“”]/.test(b.text)))) {
      // The dek is also article text (it can carry quotes, figures and dates): it stays a paragraph.
      out.summary = b.text;
      continue;
    }
    if (b.emphasized && b.text.length <= 300 && words(b.text) >= 6) {
      // A second italic standfirst line: keep it as text.
      break;
    }
    break;
  }

  // 4. Body: captions, credits, wire markers.
  let firstBody = true;
  for (let i = 0; i < items.length; i++) {
    if (!live(i)) continue;
    const item = items[i]!;
    const b = item.block;
    if (REPORTING_BY.test(b.text) && b.text.length <= 200) {
      for (const name of bylineNames(b.text.replace(/^(?:reporting|writing|compiled|written)\s+by/i, 'By'))) if (!out.authors.includes(name)) out.authors.push(name);
      drop(i, 'byline');
      continue;
    }
    const caption = item.caption || b.kind === 'caption' || (b.trailingLink && CREDIT_TEXT.test(b.trailingLink.text)) ? captionText(b) : null;
    if (caption !== null) {
      if (caption !== b.text) removedOrder.push({ label: 'photo credit', at: i });
      item.caption = true;
      if (words(caption) < 2) {
        drop(i, 'photo credit');
        continue;
      }
      out.paragraphs.push({ text: caption, ...(b.line ? { line: b.line } : {}) });
      continue;
    }
    if (CREDIT_LINE.test(b.text) && b.text.length <= 200) out.credits.push(b.text);
    if (firstBody && b.kind !== 'heading') {
      firstBody = false;
      const marker = leadMarker(b.text);
      if (marker) out.markers.push(marker);
      const dl = /^[\p{Lu}][\p{Lu}\s.'’-]*,\s*([^()—–]{6,40}?)\s*(?:\(|[—–]|--)/u.exec(b.text);
      if (dl) {
        const d = datelineDate(dl[1]!);
        if (d) out.published ??= d;
      }
    }
    out.paragraphs.push({ text: b.text, ...(b.line ? { line: b.line } : {}) });
  }

  // 5. Paragraphs repeated in the same document: keep the first.
  const seen = new Set<string>();
  const unique: CleanParagraph[] = [];
  for (const p of out.paragraphs) {
    const key = normalizeSpace(p.text);
    if (!key) continue;
    if (seen.has(key)) {
      out.collapsedDuplicates++;
      continue;
    }
    seen.add(key);
    unique.push({ ...p, text: key });
  }
  out.paragraphs = unique;
  if (out.collapsedDuplicates > 0) removedOrder.push({ label: 'repeated paragraphs', at: Number.MAX_SAFE_INTEGER });

  removedOrder.sort((a, b) => a.at - b.at);
  for (const r of removedOrder) if (!out.removed.includes(r.label)) out.removed.push(r.label);
  return out;
}
