/**
 * The start tags of an HTML page, as a browser's tokenizer reads them (WHATWG HTML, "Tokenization"), for the dist/
 * scanner and the link marker. One linear pass over the markup; text between tags is skipped with `indexOf('<')`.
 * parse5 builds a whole tree (and hast a second one) for the same answer, which cost most of a site build's scan.
 *
 * Followed from the spec: tag names and attributes (quoted, unquoted, missing white space, `/` inside a tag, NUL),
 * attribute values with character references decoded (`&#106;avascript:` is `javascript:`), end tags (their
 * attributes are read and dropped), comments (`<!-->`, `<!--->`, `--!>`), bogus comments (`<?…>`, `<!x>`, `</ x>`),
 * DOCTYPE, and the elements whose content is text: `script`, `style`, `title`, `textarea`, `xmp`, `iframe`,
 * `noembed`, `noframes`, `noscript`, `plaintext`, which end at the first `</name` followed by white space, `/` or `>`.
 *
 * Where the answer depends on the tree builder (foreign content, where `<style>` or `<title>` hold markup; CDATA
 * sections in SVG), the scanner must not miss what a browser would run, so it reads both ways: `startTags` reads the
 * page as HTML content, `otherReadingTags` reads each text-only element's content as markup; and `<![CDATA[` ends at
 * the first `>` as in HTML, which is never later than where an SVG CDATA section ends. A tag found either way is
 * reported; nothing a browser sees as a tag is skipped (tests/security/html-tokens.test.ts checks it against parse5).
 */
import { decodeHTMLAttribute } from 'entities/decode';

export interface Attribute {
  /** Lower-case name (ASCII), as the tokenizer builds it. */
  name: string;
  /** Value with character references decoded ('' when the attribute has no value). */
  value: string;
  /** Offsets of the whole attribute in the page (name through value, quotes included). */
  start: number;
  end: number;
}

export interface StartTag {
  /** Lower-case name (ASCII). */
  name: string;
  attrs: Attribute[];
  /** Offset of `<` and just after `>`. */
  start: number;
  end: number;
  selfClosing: boolean;
  /** Raw text of a text-only element (`script`, `style`, …): from after the start tag to its end tag. */
  text?: string;
  /** True for a tag of the other reading (`otherReadingTags`): a browser sees it only in foreign content. */
  inText: boolean;
}

/** Elements whose content the tokenizer reads as text (RAWTEXT, RCDATA, script data, PLAINTEXT). */
const TEXT_ONLY = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const isSpace = (c: number): boolean => c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
const isAlpha = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function lowerName(raw: string): string {
  // ASCII upper case only (the tokenizer lowers nothing else); NUL becomes U+FFFD. Most names need neither.
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    plain = c !== 0 && (c < 0x41 || c > 0x5a);
  }
  if (plain) return raw;
  let out = raw.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  if (out.includes('\u0000')) out = out.replace(/\u0000/g, '\ufffd');
  return out;
}

function decodeValue(raw: string): string {
  let v = raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
  if (v.includes('\u0000')) v = v.replace(/\u0000/g, '\ufffd');
  return v;
}

interface Tag { name: string; attrs: Attribute[]; end: number; selfClosing: boolean; complete: boolean }

/** Reads a tag whose name starts at `i` (just after `<` or `</`), through its `>`. */
function readTag(html: string, i: number, wantAttrs: boolean): Tag {
  const n = html.length;
  let j = i;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (isSpace(c) || c === 0x2f || c === 0x3e) break;
    j++;
  }
  const name = lowerName(html.slice(i, j));
  const attrs: Attribute[] = [];
  let selfClosing = false;
  while (j < n) {
    let c = html.charCodeAt(j);
    // Before attribute name.
    if (isSpace(c)) { j++; continue; }
    if (c === 0x3e) return { name, attrs, end: j + 1, selfClosing, complete: true };
    if (c === 0x2f) {
      // Self-closing start tag state: `/>` ends the tag; any other `/` is dropped.
      if (html.charCodeAt(j + 1) === 0x3e) return { name, attrs, end: j + 2, selfClosing: true, complete: true };
      j++;
      continue;
    }
    selfClosing = false;
    // Attribute name: the first character may be `=`; it ends at white space, `/`, `>` or `=`.
    const start = j;
    j++;
    while (j < n) {
      c = html.charCodeAt(j);
      if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d) break;
      j++;
    }
    const attrName = html.slice(start, j);
    // After attribute name.
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    if (html.charCodeAt(j) !== 0x3d) {
      if (wantAttrs) attrs.push({ name: lowerName(attrName), value: '', start, end: start + attrName.length });
      continue;
    }
    j++;
    // Before attribute value.
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    c = html.charCodeAt(j);
    let raw: string;
    if (c === 0x22 || c === 0x27) {
      const close = html.indexOf(c === 0x22 ? '"' : "'", j + 1);
      if (close < 0) return { name, attrs, end: n, selfClosing, complete: false };
      raw = html.slice(j + 1, close);
      j = close + 1;
    } else if (c === 0x3e) {
      raw = '';
    } else {
      const from = j;
      while (j < n) {
        c = html.charCodeAt(j);
        if (isSpace(c) || c === 0x3e) break;
        j++;
      }
      raw = html.slice(from, j);
    }
    if (wantAttrs) attrs.push({ name: lowerName(attrName), value: decodeValue(raw), start, end: j });
  }
  // End of file inside a tag: the tokenizer drops the tag.
  return { name, attrs, end: n, selfClosing, complete: false };
}

/** Where a comment that starts with `<!--` at `i` ends (just after it). */
function commentEnd(html: string, i: number): number {
  const j = i + 4;
  if (html.charCodeAt(j) === 0x3e) return j + 1; // <!-->
  if (html.charCodeAt(j) === 0x2d && html.charCodeAt(j + 1) === 0x3e) return j + 2; // <!--->
  const a = html.indexOf('-->', j), b = html.indexOf('--!>', j);
  if (a < 0 && b < 0) return html.length;
  if (a < 0) return b + 4;
  if (b < 0) return a + 3;
  return Math.min(a + 3, b + 4);
}

/** Offset of the end tag `</name` (followed by white space, `/` or `>`) that ends a text-only element, or the end. */
function textEnd(html: string, from: number, name: string): number {
  if (name === 'plaintext') return html.length;
  let at = from;
  for (;;) {
    const k = html.indexOf('</', at);
    if (k < 0) return html.length;
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) {
      const c = html.charCodeAt(k + 2 + name.length);
      if (Number.isNaN(c) || isSpace(c) || c === 0x2f || c === 0x3e) return k;
    }
    at = k + 2;
  }
}

type Step = { tag: StartTag | null; next: number };

/** Reads the construct at the `<` at `lt` in the data state: a start tag (with a text-only element's text), or not. */
function step(html: string, lt: number): Step {
  const c = html.charCodeAt(lt + 1);
  if (isAlpha(c)) {
    const tag = readTag(html, lt + 1, true);
    if (!tag.complete) return { tag: null, next: html.length };
    const token: StartTag = { name: tag.name, attrs: tag.attrs, start: lt, end: tag.end, selfClosing: tag.selfClosing, inText: false };
    if (!TEXT_ONLY.has(tag.name)) return { tag: token, next: tag.end };
    const close = textEnd(html, tag.end, tag.name);
    token.text = html.slice(tag.end, close);
    return { tag: token, next: close };
  }
  if (c === 0x2f) {
    const d = html.charCodeAt(lt + 2);
    if (isAlpha(d)) {
      const tag = readTag(html, lt + 2, false);
      return { tag: null, next: tag.complete ? tag.end : html.length };
    }
    if (d === 0x3e) return { tag: null, next: lt + 3 }; // `</>` is dropped
    const gt = html.indexOf('>', lt + 2); // bogus comment
    return { tag: null, next: gt < 0 ? html.length : gt + 1 };
  }
  if (c === 0x21) {
    if (html.startsWith('--', lt + 2)) return { tag: null, next: commentEnd(html, lt) };
    const gt = html.indexOf('>', lt + 2); // DOCTYPE, CDATA (read as in HTML), bogus comment
    return { tag: null, next: gt < 0 ? html.length : gt + 1 };
  }
  if (c === 0x3f) {
    const gt = html.indexOf('>', lt + 2);
    return { tag: null, next: gt < 0 ? html.length : gt + 1 };
  }
  return { tag: null, next: lt + 1 }; // a `<` that starts no tag is text
}

/** The page as a browser reads HTML content: every start tag in document order, text-only content skipped. */
export function startTags(html: string): StartTag[] {
  const out: StartTag[] = [];
  for (let i = 0; ;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return out;
    const { tag, next } = step(html, lt);
    if (tag) out.push(tag);
    i = next;
  }
}

/**
 * The tags of the other reading: the content of each text-only element of `tags` (the page's `startTags`) read as
 * markup, as in foreign content, and on from there until that reading meets the first one again (both at the same `<`
 * in the data state, after which they read alike). Text-only elements met on the way are read both ways too. `fork`
 * says which elements to read so (the scanner leaves out the scripts it trusts: their code is never markup). Each `<`
 * is read at most once more than by `startTags`, so the whole stays linear in the page.
 */
export function otherReadingTags(html: string, tags: readonly StartTag[], fork: (tag: StartTag) => boolean = () => true): StartTag[] {
  // Content without a `<` reads the same both ways (its end tag is where the first reading goes on): most pages
  // have nothing else (a <title>, the site's own scripts).
  const heads = tags.filter((t) => t.text !== undefined && t.text.includes('<') && fork(t)).map((t) => t.end);
  if (heads.length === 0) return [];
  const first = new Set<number>();
  for (let i = 0; ;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    first.add(lt);
    i = step(html, lt).next;
  }
  const seen = new Set<number>();
  const out: StartTag[] = [];
  while (heads.length > 0) {
    for (let i = heads.pop()!; ;) {
      const lt = html.indexOf('<', i);
      if (lt < 0 || first.has(lt) || seen.has(lt)) break;
      seen.add(lt);
      const { tag, next } = step(html, lt);
      if (tag) {
        out.push({ ...tag, inText: true });
        if (tag.text !== undefined && fork(tag)) heads.push(tag.end);
      }
      i = next;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 1-based line of an offset (for findings). */
export function lineAt(html: string, offset: number): number {
  let line = 1;
  for (let k = html.indexOf('\n'); k >= 0 && k < offset; k = html.indexOf('\n', k + 1)) line++;
  return line;
}
