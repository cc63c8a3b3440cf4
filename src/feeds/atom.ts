/**
 * Atom feed (RFC 4287) of the briefing's sources, newest publication first, undated sources last.
 * Each entry links to our cleaned copy and, as `related`, to the original article.
 */
import { xmlEscape as x } from './xml.ts';
import { safeUrl } from '../emit/safe-url.ts';
import { cmp } from '../model/compare.ts';

export interface FeedSource {
  slug: string;
  title: string;
  publisher: string | null;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null. */
  published: string | null;
  /** Original article URL (http/https only; anything else is left out). */
  url: string | null;
  summary: string | null;
  /** When the seed was collected (ISO), used for undated sources. */
  retrievedAt?: string | null;
}

export interface FeedOptions {
  /** Feed title. */
  title: string;
  /** Root-relative URL of the site (its base), e.g. `/` or `/2025-02-15/`. */
  base: string;
  /** Public address of the site, when known (absolute links and ids). */
  site: URL | null;
  /** Fallback `updated` time when no source is dated (ISO). */
  now: string;
}

/** Sort key: dated sources newest first, then undated, each by slug. */
export function feedOrder(a: FeedSource, b: FeedSource): number {
  const x1 = a.published ?? '', y1 = b.published ?? '';
  if (x1 && y1) return cmp(y1, x1) || cmp(a.slug, b.slug);
  if (x1) return -1;
  if (y1) return 1;
  return cmp(a.slug, b.slug);
}

/** A partial ISO date as an RFC 3339 timestamp (`2025-02` → `2025-02-01T00:00:00Z`). */
export function atomTime(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const [, y, mo = '01', d = '01'] = m;
  const t = /T\d{2}:\d{2}/.test(date) ? new Date(date) : new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return Number.isNaN(t.getTime()) ? null : t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


export function atomFeed(sources: readonly FeedSource[], o: FeedOptions): string {
  const base = o.base.endsWith('/') ? o.base : `${o.base}/`;
  const link = (path: string) => (o.site ? new URL(`${base}${path}`, o.site).href : `${base}${path}`);
  const id = (path: string, urn: string) => (o.site ? link(path) : `urn:dossier:${urn}`);
  const sorted = [...sources].sort(feedOrder);
  const times = sorted.map((s) => (s.published ? atomTime(s.published) : null) ?? (s.retrievedAt ? atomTime(s.retrievedAt) : null));
  const latest = times.filter((t): t is string => !!t).sort().at(-1) ?? atomTime(o.now) ?? '1970-01-01T00:00:00Z';
  const entries = sorted.map((s, i) => {
    const original = safeUrl(s.url);
    const updated = times[i] ?? latest;
    const lines = [
      '  <entry>',
      `    <id>${x(id(`sources/${s.slug}/`, `source:${s.slug}`))}</id>`,
      `    <title>${x(s.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(link(`sources/${s.slug}/`))}"/>`,
      ...(original ? [`    <link rel="related" type="text/html" href="${x(original)}"/>`] : []),
      `    <updated>${updated}</updated>`,
      ...(s.published && times[i] ? [`    <published>${times[i]}</published>`] : []),
      `    <author><name>${x(s.publisher ?? 'Unknown publisher')}</name></author>`,
      `    <summary type="text">${x(s.summary ?? `${s.publisher ?? 'Source'}${s.published ? `, ${s.published}` : ', undated'}: ${s.title}`)}</summary>`,
      '  </entry>',
    ];
    return lines.join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(id('feed.xml', 'feed:sources'))}</id>`,
    `  <title>${x(o.title)}</title>`,
    `  <subtitle>The sources of the briefing, newest first; undated sources last.</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${x(link('feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(link('sources/'))}"/>`,
    `  <updated>${latest}</updated>`,
    '  <generator>Dossier</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
