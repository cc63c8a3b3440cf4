/**
 * Editor's notes (content/notes/<actors|topics>/<slug>.mdx), stored in the `pages` collection under
 * ids `notes/actors/<slug>`. A note whose page no longer exists is reported once per build, naming
 * the file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type NoteEntry = CollectionEntry<'pages'> & { data: { kind: 'note'; title?: string; author?: string; date?: string } };

let cache: Promise<Map<string, NoteEntry>> | null = null;

export function notes(): Promise<Map<string, NoteEntry>> {
  cache ??= (async () => {
    const all = await getCollection('pages');
    const found = all.filter((e): e is NoteEntry => e.data.kind === 'note' && e.id.startsWith('notes/'));
    const [actors, topics] = await Promise.all([getCollection('actors'), getCollection('topics')]);
    const pages = new Set([...actors.map((a) => `notes/actors/${a.id}`), ...topics.map((t) => `notes/topics/${t.id}`)]);
    for (const n of found) {
      if (!pages.has(n.id)) {
        console.warn(`${n.filePath ?? `content/${n.id}.mdx`}: warning: editor's note for a page that no longer exists [orphan-note] — rename the note after the page's slug, or delete it`);
      }
    }
    return new Map(found.map((n) => [n.id, n]));
  })();
  return cache;
}

/** The note for a page (`actors/<slug>` or `topics/<slug>`), if the editor wrote one. */
export async function noteFor(page: string): Promise<NoteEntry | undefined> {
  return (await notes()).get(`notes/${page}`);
}
