/**
 * Seed file names for collected sources: `<publisher>-<date>-<title-slug>.<ext>`, lowercase ASCII,
 * never clashing with an existing file (a `-2`, `-3`… suffix instead).
 */
import { slugify } from '../ingest/slug.ts';

export interface NamedSource {
  publisher: string | null;
  published: string | null;
  title: string;
}

const MAX_TITLE = 60;

function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const part = slug.slice(0, max + 1);
  const at = part.lastIndexOf('-');
  return (at > 10 ? part.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

export function seedFileName(source: NamedSource, ext: string, taken: ReadonlySet<string>): string {
  const publisher = cut(slugify(source.publisher ?? ''), 30) || 'unknown';
  const date = source.published ?? 'undated';
  const title = cut(slugify(source.title), MAX_TITLE) || 'untitled';
  const base = `${publisher}-${date}-${title}`;
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  let name = `${base}.${ext}`;
  for (let n = 2; lower.has(name.toLowerCase()) || lower.has(`${name}.source.json`.toLowerCase()); n++) name = `${base}-${n}.${ext}`;
  return name;
}
