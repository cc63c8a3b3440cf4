/**
 * Anchors of the briefings inside the book (`/actors/x/` → `actor-x`), shared by the contents and the
 * link rewriting, so that a link to any page that is in the book jumps to its section.
 */
import { withoutBase } from '../../search/kinds.ts';

const SECTIONS: Record<string, string> = { actors: 'actor', topics: 'topic', sources: 'source' };

export function bookAnchor(pathname: string, base: string): string | null {
  const p = withoutBase(pathname, base);
  if (p === '/') return 'overview';
  if (p === '/timeline/') return 'timeline';
  if (p === '/sources/') return 'sources';
  const m = /^\/(actors|topics|sources)\/([^/]+)\/$/.exec(p);
  if (!m || !m[1] || !m[2]) return null;
  return `${SECTIONS[m[1]]}-${m[2]}`;
}
