/**
 * Adds `rel="external noopener noreferrer"` to the external links of a built page, editing only the
 * `rel` of the links that need it (or adding one at the end of their start tag): the rest of the page (and so every
 * CSP hash) stays byte-identical.
 */
import { EXTERNAL_REL, isExternalHref } from './external-links.ts';
import { startTags, type StartTag } from './html-tokens.ts';

function attributeValue(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Returns the page with its external links marked, or null when nothing had to change. `tags` are the page's
 * `startTags` (`./html-tokens.ts`) when the caller has them; a tag a browser would read only in foreign content is
 * left for the scanner to report, never edited.
 */
export function rewriteExternalLinks(html: string, siteOrigin?: string | null, tags?: readonly StartTag[]): string | null {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const tag of tags ?? startTags(html)) {
    if (tag.name !== 'a' && tag.name !== 'area') continue;
    const href = tag.attrs.find((a) => a.name === 'href');
    if (!href || !isExternalHref(href.value, siteOrigin)) continue;
    const rel = tag.attrs.find((a) => a.name === 'rel');
    const tokens = (rel?.value ?? '').split(/\s+/).filter(Boolean);
    const missing = EXTERNAL_REL.filter((token) => !tokens.some((t) => t.toLowerCase() === token));
    if (missing.length === 0) continue;
    const text = `rel="${attributeValue([...tokens, ...missing].join(' '))}"`;
    if (rel) edits.push({ start: rel.start, end: rel.end, text });
    else {
      // At the end of the start tag, before `>` or `/>`.
      const at = html.charCodeAt(tag.end - 2) === 0x2f ? tag.end - 2 : tag.end - 1;
      const space = /\s/.test(html[at - 1] ?? '') ? '' : ' ';
      edits.push({ start: at, end: at, text: `${space}${text}` });
    }
  }
  if (edits.length === 0) return null;
  // One pass over the page (splicing edit by edit would copy the whole page per link).
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    parts.push(html.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
