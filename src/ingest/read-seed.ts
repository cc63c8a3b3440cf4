/**
 * One seed file → a Source without its corpus-level fields (id, duplicateOf): decode, pick the reader,
 * clean, resolve the publisher.
 */
import { createHash } from 'node:crypto';
import { warning, type Diagnostic } from '../model/diagnostic.ts';
import type { SeedFile, Source } from '../model/source.ts';
import type { Block, PageMeta } from './block.ts';
import { bylineNames } from './byline.ts';
import { clean } from './clean.ts';
import { datelineDate, findDate } from './date.ts';
import { decode } from './decode.ts';
import { readFrontMatter } from './front-matter.ts';
import { readHtml } from './html-reader.ts';
import { readMarkdown } from './markdown-reader.ts';
import { findPreamble } from './preamble.ts';
import { choosePublisher } from './publisher.ts';
import { shingles } from './duplicate.ts';
import { detectFormat, extensionFormat } from './text-format.ts';
import { readText, separateLines } from './text-reader.ts';

export type ReadSource = Omit<Source, 'id' | 'slug' | 'duplicateOf'>;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function fileTitle(name: string): string {
  return name.replace(/^.*\//, '').replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ').trim() || name;
}

/** A read seed: the source (null when none could be made), what to say about it, and its text's shingles. */
export interface ReadSeed {
  source: ReadSource | null;
  diagnostics: Diagnostic[];
  /** Word 5-gram shingles of the cleaned text (./duplicate.ts), made here so the read cache keeps them. */
  shingles?: number[];
}

export function readSeed(seed: SeedFile): ReadSeed {
  const file = `seeds/${seed.name}`;
  const decoded = decode(file, seed.bytes);
  const diagnostics = [...decoded.diagnostics];
  if (decoded.text === null) return { source: null, diagnostics };
  const text = decoded.text;
  if (text.trim() === '') {
    diagnostics.push(warning(file, 'empty', 'File is empty or only white space; no source was made from it.', { hint: 'Add the article text or remove the file from seeds/.' }));
    return { source: null, diagnostics };
  }
  if (extensionFormat(seed.name) === null) {
    diagnostics.push(warning(file, 'unknown-extension', 'Unknown file extension; read as text.', { hint: 'Name seeds .txt, .md or .html.' }));
  }
  const format = detectFormat(seed.name, text);
  let blocks: Block[];
  let meta: PageMeta = {};
  const removed: string[] = [];
  let bylines: string[] = [];
  let datelines: string[] = [];
  if (format === 'html') {
    const doc = readHtml(text);
    blocks = doc.blocks;
    meta = doc.meta;
    removed.push(...doc.removed);
    bylines = doc.bylines;
    datelines = doc.datelines;
  } else {
    const lines = text.split('\n');
    const preamble = findPreamble(lines);
    if (preamble.end > 0) {
      for (let i = 0; i < preamble.end; i++) lines[i] = '';
      removed.push('HTTP error preamble');
    }
    if (format === 'md') {
      const ext = extensionFormat(seed.name);
      const prepared = ext === 'md' ? { lines, origin: undefined } : separateLines(lines);
      const doc = readMarkdown(prepared.lines.join('\n'), prepared.origin);
      blocks = doc.blocks;
      if (doc.frontMatter) {
        const fm = readFrontMatter(doc.frontMatter.value, doc.frontMatter.line, file);
        meta = fm.meta;
        diagnostics.push(...fm.diagnostics);
      }
    } else {
      blocks = readText(lines);
    }
  }
  const article = clean(blocks, meta, { titleInBlocks: format !== 'html', fileTitle: fileTitle(seed.name) });
  if (format === 'html') {
    if (article.authors.length === 0) for (const b of bylines) article.authors.push(...bylineNames(b).filter((n) => !article.authors.includes(n)));
    if (!article.published) {
      for (const d of [...bylines, ...datelines]) {
        const date = datelineDate(d) ?? findDate(d)?.date ?? null;
        if (date) {
          article.published = date;
          break;
        }
      }
    }
  }
  const publisher = meta.publisher ?? choosePublisher(article.markers, article.footers, article.url);
  const paragraphs = article.paragraphs.map((p, i) => ({ id: `p${i + 1}`, text: p.text }));
  if (paragraphs.length === 0) {
    diagnostics.push(
      warning(file, 'no-text', 'No article text was found after cleaning; the source has a title only.', {
        hint: 'Check that the file holds the article itself, not an error page or a list of links.',
      }),
    );
  }
  const removedLabels = [...removed];
  for (const l of article.removed) if (!removedLabels.includes(l)) removedLabels.push(l);
  const source: ReadSource = {
    file: seed.name,
    format,
    title: article.title ?? fileTitle(seed.name),
    publisher: publisher ?? null,
    url: article.url,
    published: article.published,
    authors: article.authors,
    credits: article.credits,
    summary: article.summary,
    paragraphs,
    cleaning: { collapsedDuplicates: article.collapsedDuplicates, removed: removedLabels },
    provenance: seed.provenance ?? null,
    textHash: sha256(paragraphs.map((p) => p.text).join('\n\n')),
  };
  return { source, diagnostics, shingles: [...shingles(paragraphs.map((p) => p.text).join(' '))] };
}
