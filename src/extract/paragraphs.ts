/**
 * Paragraph preparation: tokens, gazetteer keys, sentence spans, and the parts of a paragraph that are
 * not body text (photo credits, bylines, datelines) blanked so no rule reads them.
 */
import type { Source } from '../model/source.ts';
import { tokenize, type Token } from './tokens.ts';
import { tokenKey } from './gazetteer/index.ts';

export interface Para {
  id: string;
  /** Text with credits blanked by spaces (same length and offsets as the source paragraph). */
  text: string;
  tokens: Token[];
  keys: string[];
}

/** Credit lines inside captions: "Photo: Kate Duong / The Southern Courier", "(Saul Loeb/AFP via Getty Images)". */
const CREDIT_PATTERNS: RegExp[] = [
  /\b(?:Photo(?:graph)?|Image|Picture|Credit|Illustration|Video|Source)s?\s*(?:by|:)\s*[^.]*$/giu,
  /\((?:[^()]*\/[^()]*|[^()]*(?:Getty Images|AFP|Reuters|AP Photo|EPA|Shutterstock|CC BY[^()]*)[^()]*)\)\s*\.?\s*$/gu,
  /\[[^\]]*\(CC BY[^\]]*\]/gu,
  /\b[\p{Lu}][\p{L}\-']+(?: [\p{Lu}][\p{L}\-']+)+ ?\/ ?(?:Pool via |Pool\/)?[\p{Lu}][\p{L} ]+$/gu,
  /\(?\bCC BY(?:-SA|-ND|-NC)* [\d.]+\)?/gu,
];

/** Whole paragraphs that are not body text. */
const SKIP_PARAGRAPH: RegExp[] = [
  /^By [\p{Lu}][\p{L}\-'’]+(?: [\p{Lu}][\p{L}\-'’.]+)*(?:(?:,| and) [\p{Lu}][\p{L}\-'’.]+(?: [\p{Lu}][\p{L}\-'’.]+)*)*(?:[,|].*)?$/u,
  /^(?:Original url|Related article|Read more|Comments|No comment|Legal Disclaimer)\b/i,
  /^©/,
  /^(?:Share|Listen|Advertisement)\b.{0,40}$/i,
];

function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

export function prepareParagraphs(source: Source): Para[] {
  const out: Para[] = [];
  for (const p of source.paragraphs) {
    let text = p.text;
    if (SKIP_PARAGRAPH.some((re) => re.test(text.trim()))) text = ' '.repeat(text.length);
    for (const re of CREDIT_PATTERNS) text = blank(text, re);
    const tokens = tokenize(text);
    out.push({ id: p.id, text, tokens, keys: tokens.map((t) => tokenKey(t.text)) });
  }
  return out;
}
