/**
 * Which reader a seed needs. The extension decides, unless the content says otherwise: a `.txt` or
 * `.md` that is really an HTML page is read as HTML; a `.txt` that uses markdown syntax (headings,
 * links, escapes) is read as markdown; an `.html` file without any tag is read as text.
 */
import type { SourceFormat } from '../model/source.ts';

export function extensionFormat(name: string): SourceFormat | null {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return null;
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return true;
  // Fragments: many block tags and little else.
  const tags = head.match(/<\/?(?:p|div|span|a|br|article|section|h[1-6]|ul|li|table|meta|script)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 8;
}

export function looksLikeMarkdown(text: string): boolean {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (/^---\n[\s\S]*?\n(?:---|\.\.\.)\n/.test(head)) return true;
  let score = 0;
  if (/^#{1,6}[ \t]+\S/m.test(head)) score += 2;
  if (/\[[^\]\n]*\]\([^)\n]*\)/.test(head)) score += 2;
  if (/\\[$()[\]*_#`\\.!-]/.test(head)) score += 1;
  if (/(\*\*|__)[^*_\n]+\1/.test(head)) score += 1;
  if (/^(\*|_)[^*_\n]+\1$/m.test(head)) score += 2;
  if (/^<https?:\/\/[^>\s]+>$/m.test(head)) score += 1;
  if (/^!\[[^\]\n]*\]\([^)\n]*\)/m.test(head)) score += 2;
  return score >= 2;
}

/** The format the seed is read as. */
export function detectFormat(name: string, text: string): SourceFormat {
  const ext = extensionFormat(name) ?? 'txt';
  if (ext !== 'html' && looksLikeHtml(text)) return 'html';
  if (ext === 'html') return /<[a-z!/][^>]*>/i.test(text.slice(0, 65536)) ? 'html' : looksLikeMarkdown(text) ? 'md' : 'txt';
  if (ext === 'txt' && looksLikeMarkdown(text)) return 'md';
  return ext;
}
