/**
 * YAML front matter → page metadata (title, date, source_url/url, publisher, author…). Invalid YAML
 * gives a warning with its line, and the file is still read as markdown.
 */
import YAML from 'yaml';
import { warning, type Diagnostic } from '../model/diagnostic.ts';
import { normalizeSpace, type PageMeta } from './block.ts';
import { findDate, isoDateAsWritten } from './date.ts';

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return normalizeSpace(v) || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function first(data: Record<string, unknown>, keys: string[]): unknown {
  for (const k of keys) if (data[k] !== undefined && data[k] !== null) return data[k];
  return undefined;
}

export function readFrontMatter(value: string, line: number, file: string): { meta: PageMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let data: unknown;
  try {
    data = YAML.parse(value, { maxAliasCount: 50, prettyErrors: true });
  } catch (err) {
    const at = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    diagnostics.push(
      warning(file, 'front-matter', `Front matter is not valid YAML (${reason}); the file is read without it.`, {
        line: at ? line + at - 1 : line,
        hint: 'Fix the YAML between the two `---` lines (quote values that contain `:` or `#`).',
      }),
    );
    return { meta: {}, diagnostics };
  }
  if (data === null || data === undefined) return { meta: {}, diagnostics };
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(
      warning(file, 'front-matter', 'Front matter is not a YAML mapping of fields; it is ignored.', { line, hint: 'Write fields as `key: value` lines.' }),
    );
    return { meta: {}, diagnostics };
  }
  const d = Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
  const meta: PageMeta = {};
  const title = str(first(d, ['title', 'headline']));
  if (title) meta.title = title;
  const rawDate = first(d, ['date', 'published', 'published_at', 'publication_date', 'pubdate', 'datepublished']);
  let published: string | null = null;
  if (rawDate instanceof Date && !Number.isNaN(rawDate.getTime())) published = rawDate.toISOString().slice(0, 10);
  else if (typeof rawDate === 'string') published = isoDateAsWritten(rawDate) ?? findDate(rawDate)?.date ?? null;
  if (published) meta.published = published;
  else if (rawDate !== undefined) {
    diagnostics.push(
      warning(file, 'front-matter-date', `Front matter date ${JSON.stringify(String(rawDate)).slice(0, 60)} is not a calendar date; publication date left empty.`, {
        line,
        hint: 'Write the date as YYYY-MM-DD.',
      }),
    );
  }
  const url = str(first(d, ['source_url', 'url', 'canonical_url', 'canonical', 'original_url', 'link', 'source_link']));
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  const publisher = first(d, ['publisher', 'site_name', 'site', 'outlet', 'publication', 'source']);
  const pub = str(publisher) ?? (publisher && typeof publisher === 'object' ? str((publisher as Record<string, unknown>).name) : undefined);
  if (pub && !/^https?:\/\//i.test(pub)) meta.publisher = pub;
  const author = first(d, ['author', 'authors', 'byline']);
  const authors = (Array.isArray(author) ? author : author !== undefined ? [author] : [])
    .map((a) => str(a) ?? (a && typeof a === 'object' ? str((a as Record<string, unknown>).name) : undefined))
    .filter((a): a is string => Boolean(a));
  if (authors.length) meta.authors = authors;
  const summary = str(first(d, ['summary', 'description', 'dek', 'subtitle', 'standfirst', 'excerpt']));
  if (summary) meta.summary = summary;
  return { meta, diagnostics };
}
