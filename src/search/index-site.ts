/**
 * Full-text search index of the built site with Pagefind (its npm package ships the indexer binary;
 * nothing is downloaded). Run after `astro build`: reads the HTML in `outDir`, writes `outDir/pagefind/`.
 *
 * What is indexed is decided by the pages: the layout marks the reading column of actor, topic, source,
 * timeline and overview pages with `data-pagefind-body` and a `kind` filter (see src/search/kinds.ts);
 * indexes, the search page and the briefing book carry no body mark and stay out of the results.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Repeated apparatus that would make every page match every source title: footnotes (each note
 * names its source), "cited by" lines under source paragraphs, paragraph numbers, the aside with
 * the relationship map and source details.
 */
export const NOT_INDEXED = ['section.footnotes', '[data-footnote-ref]', '.cited-by', '.pnum', '.page-aside'];

/**
 * The pages with a search kind (src/search/kinds.ts), the only ones the layout marks for the index: Pagefind reads
 * just these, not the long lists (`more/`), indexes or the book, which repeat what these pages say (at N = 1,000 the
 * index took 11.5 s reading every page, 4.5 s reading these).
 */
export const INDEXED_PAGES = '{index.html,timeline/index.html,actors/*/index.html,topics/*/index.html,sources/*/index.html}';

export interface SearchIndexResult {
  /** Pages indexed. */
  pages: number;
  /** Where the index was written. */
  outputPath: string;
}

export async function indexSite(outDir: string): Promise<SearchIndexResult> {
  const site = path.resolve(outDir);
  const outputPath = path.join(site, 'pagefind');
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_INDEXED });
    if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: site, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    // The files come back in memory and are written here: Pagefind's own writeFiles answers before its writes are on
    // disk, and closing the service then (as it must be closed) left some of them empty under load.
    const built = await created.index.getFiles();
    if (built.errors.length > 0) throw new Error(`pagefind: ${built.errors.join('; ')}`);
    await rm(outputPath, { recursive: true, force: true });
    for (const file of built.files) {
      const target = path.join(outputPath, file.path);
      if (!target.startsWith(outputPath + path.sep)) throw new Error(`pagefind: unexpected file ${file.path}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}
