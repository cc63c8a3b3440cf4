/**
 * The emit memo: for each group of pages (a briefing page with its long lists, or a source page), what its last
 * build read — every briefing key with the fingerprint of its data then — and the pages it made, with their hashes.
 * A group is clean when every key fingerprints as it did and its pages are still in content/ with those hashes:
 * building it again would give the same bytes, so it is not built. The memo belongs to one version of the emit code
 * (src/cache/emit-memo.ts stores it under that version), so a change to a page builder rebuilds everything.
 */
import { createHash } from 'node:crypto';
import type { Briefing } from './briefing.ts';
import type { PageOut } from './page.ts';
import type { CitingPage } from './pages/source.ts';

/** Keys whose data is the whole graph: a group that read one is built every time (hashing it would cost more). */
export const ALWAYS = new Set(['c:graph']);

/** A page as written, and for a long list's page, what it was given and read (to reuse it alone). */
export interface MemoPage {
  path: string;
  hash: string;
  input?: string;
  keys?: [string, string][];
  /** Paragraphs (`source#p3`) the page cites. */
  citations?: string[];
}

export interface MemoGroup {
  /** [key, fingerprint] of every read, sorted by key (plus the group's own inputs, e.g. a source's cited-by). */
  keys: [string, string][];
  pages: MemoPage[];
  /** The group's briefing page, which "cited by" names (null for a source page). */
  owner: CitingPage | null;
  /** Paragraphs (`source#p3`) the group's pages cite. */
  citations: string[];
}

export interface EmitMemo {
  groups: Map<string, MemoGroup>;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** Keys whose fingerprints are all as recorded (none of them the whole graph). */
export function unchanged(keys: readonly [string, string][], b: Briefing, inputs: ReadonlyMap<string, string> = new Map()): boolean {
  for (const [key, print] of keys) {
    if (ALWAYS.has(key)) return false;
    const now = inputs.has(key) ? inputs.get(key) : b.fingerprint(key);
    if (now !== print) return false;
  }
  return true;
}

/**
 * The long lists' pages of one group's last build, for `page`: when a group is built again, each of its list pages
 * whose input and reads are unchanged (and whose file is as written) is reused instead of built.
 */
export class PageReuse {
  private readonly previous: Map<string, MemoPage>;
  private readonly b: Briefing;
  private readonly onDisk: ReadonlyMap<string, string>;
  constructor(b: Briefing, group: MemoGroup | undefined, onDisk: ReadonlyMap<string, string>) {
    this.b = b;
    this.onDisk = onDisk;
    this.previous = new Map((group?.pages ?? []).filter((p) => p.input !== undefined).map((p) => [p.path, p]));
  }

  /** The page at `path`, built by `build` unless the last run's still stands for this `input`. */
  page(path: string, input: string, build: () => PageOut): PageOut {
    const prev = this.previous.get(path);
    if (prev && prev.input === input && prev.keys && this.onDisk.get(path) === prev.hash && unchanged(prev.keys, this.b)) {
      this.b.recordKeys(prev.keys.map(([k]) => k));
      return { path, route: '', title: '', frontmatter: {}, body: [], citations: [], reused: prev };
    }
    const { value, keys } = this.b.track(build);
    value.memo = { input, keys };
    return value;
  }
}

/** Whether a group's last build still stands: same reads, same inputs, and its files on disk as written. */
export function isClean(group: MemoGroup, b: Briefing, onDisk: ReadonlyMap<string, string>, extra: readonly [string, string][]): boolean {
  for (const p of group.pages) if (onDisk.get(p.path) !== p.hash) return false;
  return unchanged(group.keys, b, new Map(extra));
}
