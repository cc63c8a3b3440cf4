/** Builds a Source from plain paragraphs, for unit tests of the extract stage. */
import type { Source } from '../../src/model/source.ts';

export function source(paragraphs: string[], options: { id?: string; published?: string | null; publisher?: string | null; url?: string | null } = {}): Source {
  const id = options.id ?? 'test-source';
  return {
    id, slug: id, file: `${id}.txt`, format: 'txt', title: 'Test', publisher: options.publisher ?? null, url: options.url ?? null,
    published: options.published === undefined ? '2025-02-11' : options.published, authors: [], credits: [], summary: null,
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
    cleaning: { collapsedDuplicates: 0, removed: [] }, duplicateOf: null, provenance: null, textHash: id,
  };
}
