/**
 * Links from a versioned page: into this version (under Astro's base) and into a sibling version
 * (`/<prefix>/<other>/…`, the base's parent folder).
 */
function base(): string {
  const b = import.meta.env.BASE_URL;
  return b.endsWith('/') ? b : `${b}/`;
}

export function here(path = ''): string {
  return `${base()}${path.replace(/^\//, '')}`;
}

/** Same path in another version: base `/p/v2/` → `/p/<version>/<path>`. */
export function inVersion(version: string, path = ''): string {
  const parent = base().replace(/[^/]+\/$/, '');
  return `${parent}${encodeURIComponent(version)}/${path.replace(/^\//, '')}`;
}

export function sourceLink(source: string, paragraph?: string): string {
  return `sources/${encodeURIComponent(source)}/${paragraph ? `#${encodeURIComponent(paragraph)}` : ''}`;
}

export function actorLink(actor: string): string {
  return `actors/${encodeURIComponent(actor)}/`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ISO timestamp → "24 November 2026, 07:16 UTC". */
export function displayBuildDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}
