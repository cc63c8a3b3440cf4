/**
 * Editor's notes: hand-written `content/notes/<actors|topics>/<slug>.mdx` files, shown at the top of
 * the generated page. Dossier never writes them; this checks that each still has a page.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { warning } from '../model/diagnostic.ts';
import type { Graph } from '../model/graph.ts';

/**
 * Warnings for notes whose page no longer exists (or that are not where notes go).
 * `files` are paths relative to `content/`, e.g. `notes/actors/donald-trump.mdx`.
 */
export function checkNotes(graph: Graph, files: readonly string[], contentDir = 'content'): Diagnostic[] {
  const actors = new Set(graph.actors.map((a) => a.id));
  const topics = new Set(graph.topics.map((t) => t.id));
  const out: Diagnostic[] = [];
  for (const file of [...files].sort()) {
    const m = /^notes\/(actors|topics)\/([^/]+)\.mdx?$/.exec(file);
    const where = `${contentDir}/${file}`;
    if (!m) {
      out.push(warning(where, 'misplaced-note', 'this file is not shown: notes go in content/notes/actors/<slug>.mdx or content/notes/topics/<slug>.mdx'));
      continue;
    }
    const [, kind, slug] = m as unknown as [string, 'actors' | 'topics', string];
    const exists = kind === 'actors' ? actors.has(slug) : topics.has(slug);
    if (!exists) {
      const known = [...(kind === 'actors' ? actors : topics)];
      const near = known.filter((k) => k.includes(slug) || slug.includes(k)).sort().slice(0, 3);
      out.push(warning(where, 'orphan-note', `editor's note for ${kind}/${slug}, a page that no longer exists`, {
        hint: near.length ? `rename it after the page it belongs to (${near.map((n) => `${kind}/${n}`).join(', ')}?) or delete it` : 'rename it after an existing page or delete it',
      }));
    }
  }
  return out;
}
