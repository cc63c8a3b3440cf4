/**
 * The intermediate form every format parser produces: a flat list of text blocks in reading order,
 * plus what the page's own metadata says (front matter, `<meta>`, JSON-LD). The cleaner works on this
 * form only, so one set of rules serves `.txt`, `.md` and `.html` alike.
 */

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'quote' | 'caption' | 'image' | 'rule' | 'code';

export interface LinkInfo {
  text: string;
  href: string;
}

export interface Block {
  kind: BlockKind;
  /** Readable text, whitespace normalised. */
  text: string;
  /** 1-based line in the seed file, when known. */
  line?: number;
  /** Heading depth (1–6). */
  depth?: number;
  links: LinkInfo[];
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** The whole block is emphasis or strong (`*…*`, `**…**`, `<em>`). */
  emphasized: boolean;
  /** A trailing link that ends the block (markdown credits such as `[Photo: X / Y](#)`), with the text before it. */
  trailingLink?: { text: string; before: string };
  /** Set by the HTML reader from the page structure. */
  role?: 'title' | 'summary' | 'byline' | 'dateline';
}

/** What the document's own metadata says; every field optional. */
export interface PageMeta {
  title?: string;
  published?: string;
  url?: string;
  publisher?: string;
  authors?: string[];
  summary?: string;
}

/** Runs of white space (including no-break spaces and line breaks) read as one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function makeBlock(kind: BlockKind, text: string, extra: Partial<Block> = {}): Block {
  return { kind, text: normalizeSpace(text), links: [], linkChars: 0, emphasized: false, ...extra };
}
