/** Build-time warning for editor's notes whose page no longer exists (the note names its file). */
import { getCollection } from 'astro:content';

let warned = false;

export async function warnOrphanNotes(): Promise<string[]> {
  const [notes, actors, topics] = await Promise.all([getCollection('notes'), getCollection('actors'), getCollection('topics')]);
  const pages = new Set([...actors.map((a) => `actors/${a.id}`), ...topics.map((t) => `topics/${t.id}`)]);
  const orphans = notes.filter((n) => !pages.has(n.id)).map((n) => n.filePath ?? `content/notes/${n.id}.mdx`);
  if (!warned) {
    warned = true;
    for (const file of orphans) console.warn(`${file}: warning: editor's note for a page that no longer exists [orphan-note] — rename or delete the note`);
  }
  return orphans;
}
