/** What every page builder returns: where it goes, its front matter, its body and what it cites. */
import type { RootContent } from 'mdast';
import type { Citation } from '../model/graph.ts';
import type { MemoPage } from './memo.ts';

export interface PageOut {
  /** Path under `content/`. */
  path: string;
  /** Site route relative to the root, e.g. `actors/donald-trump/`. */
  route: string;
  title: string;
  frontmatter: Record<string, unknown>;
  body: RootContent[];
  /** Paragraphs the page cites (for the source pages' "cited by"). */
  citations: Citation[];
  /** The full lists this page shows only the latest of (`./pages/more.ts`). */
  more?: PageOut[];
  /** Set when the page was not built because the last run's is still right (`./memo.ts`): its memo entry. */
  reused?: MemoPage;
  /** For a page built on its own inside a group (a long list's page): what it was given and what it read. */
  memo?: { input: string; keys: Set<string> };
}
