/**
 * The emit memo: for each group of pages (a briefing page with its long lists, or a source page), what its last
 * build read — every briefing key with the fingerprint of its data then — and the pages it made, with their hashes.
 * A group is clean when every key fingerprints as it did and its pages are still in content/ with those hashes:
 * building it again would give the same bytes, so it is not built. The memo belongs to one version of the emit code
 * (src/cache/emit-memo.ts stores it under that version), so a change to a page builder rebuilds everything.
 *
 * Groups share most of their keys (a source read by a hundred pages), so a memo keeps one table of keys and
 * fingerprints and each group the numbers of its keys in it: the memo of an archive of thousands of pages stays a
 * few megabytes, and each key is checked once per run however many groups read it.
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
  /** Numbers of its keys in the memo's table. */
  reads?: Uint32Array;
  /** Paragraphs (`source#p3`) the page cites. */
  citations?: string[];
}

export interface MemoGroup {
  /** Numbers of the keys of every read in the memo's table. */
  reads: Uint32Array;
  /** A hash of what the group is given rather than reads (a source page's cited-by), or null. */
  input: string | null;
  pages: MemoPage[];
  /** The group's briefing page, which "cited by" names (null for a source page). */
  owner: CitingPage | null;
  /** Paragraphs (`source#p3`) the group's pages cite. */
  citations: string[];
}

export interface EmitMemo {
  /** Every key read by some group, and its fingerprint when it was read. */
  keys: string[];
  prints: string[];
  groups: Map<string, MemoGroup>;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * One run's view of the last run's memo and the memo it makes: checks keys once each, and moves the reads of reused
 * groups and pages into the new table.
 */
export class MemoRun {
  readonly next: EmitMemo = { keys: [], prints: [], groups: new Map() };
  private readonly index = new Map<string, number>();
  /** Per key of the last memo: 0 not checked yet, 1 unchanged, 2 changed. */
  private readonly verdict: Uint8Array;
  /** Per key of the last memo: its number in the new table, plus one (0: not moved yet). */
  private readonly moved: Uint32Array;
  readonly last: EmitMemo | null;
  private readonly b: Briefing;
  readonly onDisk: ReadonlyMap<string, string>;

  constructor(b: Briefing, last: EmitMemo | null, onDisk: ReadonlyMap<string, string>) {
    this.b = b;
    this.last = last;
    this.onDisk = onDisk;
    this.verdict = new Uint8Array(last?.keys.length ?? 0);
    this.moved = new Uint32Array(last?.keys.length ?? 0);
  }

  /** Whether the keys of the last memo numbered `reads` all fingerprint as they did. */
  unchanged(reads: Uint32Array): boolean {
    const last = this.last!;
    for (const i of reads) {
      let v = this.verdict[i]!;
      if (v === 0) {
        const key = last.keys[i]!;
        v = !ALWAYS.has(key) && this.b.fingerprint(key) === last.prints[i] ? 1 : 2;
        this.verdict[i] = v;
      }
      if (v === 2) return false;
    }
    return true;
  }

  /** The last memo's keys `reads`, renumbered in the new table. */
  carry(reads: Uint32Array): Uint32Array {
    const last = this.last!;
    const out = new Uint32Array(reads.length);
    reads.forEach((i, k) => {
      let n = this.moved[i]!;
      if (n === 0) {
        n = this.add(last.keys[i]!, last.prints[i]!) + 1;
        this.moved[i] = n;
      }
      out[k] = n - 1;
    });
    return out;
  }

  /** Keys read in this run, numbered in the new table (with their fingerprints now). */
  record(keys: Iterable<string>): Uint32Array {
    return Uint32Array.from([...keys].sort(), (k) => this.index.get(k) ?? this.add(k, this.b.fingerprint(k)));
  }

  private add(key: string, print: string): number {
    let n = this.index.get(key);
    if (n === undefined) {
      n = this.next.keys.length;
      this.next.keys.push(key);
      this.next.prints.push(print);
      this.index.set(key, n);
    }
    return n;
  }

  /** The last build of a group, if it still stands: same reads, same input, and its files on disk as written. */
  clean(id: string, input: string | null): MemoGroup | null {
    const group = this.last?.groups.get(id);
    if (!group || group.input !== input) return null;
    for (const p of group.pages) if (this.onDisk.get(p.path) !== p.hash) return null;
    if (!this.unchanged(group.reads)) return null;
    return { ...group, reads: this.carry(group.reads), pages: group.pages.map((p) => this.carryPage(p)) };
  }

  carryPage(p: MemoPage): MemoPage {
    return p.reads ? { ...p, reads: this.carry(p.reads) } : p;
  }
}

/**
 * The long lists' pages of one group's last build, for `page`: when a group is built again, each of its list pages
 * whose input and reads are unchanged (and whose file is as written) is reused instead of built.
 */
export class PageReuse {
  private readonly previous: Map<string, MemoPage>;
  private readonly b: Briefing;
  private readonly run: MemoRun;
  constructor(b: Briefing, run: MemoRun, group: MemoGroup | undefined) {
    this.b = b;
    this.run = run;
    this.previous = new Map((group?.pages ?? []).filter((p) => p.input !== undefined).map((p) => [p.path, p]));
  }

  /** The page at `path`, built by `build` unless the last run's still stands for this `input`. */
  page(path: string, input: string, build: () => PageOut): PageOut {
    const prev = this.previous.get(path);
    if (prev && prev.input === input && prev.reads && this.run.onDisk.get(path) === prev.hash && this.run.unchanged(prev.reads)) {
      const carried = this.run.carryPage(prev);
      this.b.recordKeys([...carried.reads!].map((i) => this.run.next.keys[i]!));
      return { path, route: '', title: '', frontmatter: {}, body: [], citations: [], reused: carried };
    }
    const { value, keys } = this.b.track(build);
    value.memo = { input, keys };
    return value;
  }
}
