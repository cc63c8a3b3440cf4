/** Shared helpers for emit tests: fixture graphs, golden files, and MDX parsing. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes as MdNodes, Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Graph } from '../../src/model/graph.ts';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every fixture graph in tests/fixtures/graph/, by name (file name without `.json`). */
export function fixtureGraphs(): Map<string, Graph> {
  const dir = path.join(fixturesDir, 'graph');
  return new Map(fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Graph]));
}

export function loadGraph(name: string): Graph {
  const g = fixtureGraphs().get(name);
  if (!g) throw new Error(`no fixture graph ${name}`);
  return g;
}

/** A verbatim run of source words in an emitted tree and the citation of the footnote that follows it in its block. */
export interface VerbatimClaim { words: string; citation: { source: string; paragraph: string } | null }

/**
 * The verbatim runs (`verbatim()` text nodes) of emitted blocks, each with the footnote that follows it in the same
 * paragraph, list item or table cell (null when none does).
 */
export function verbatimClaims(body: readonly MdNodes[]): VerbatimClaim[] {
  const out: VerbatimClaim[] = [];
  const block = (nodes: readonly MdNodes[]): void => {
    let pending: VerbatimClaim[] = [];
    const visit = (n: MdNodes): void => {
      const data = (n as { data?: { verbatim?: string; citation?: VerbatimClaim['citation'] } }).data;
      if (n.type === 'text' && data?.verbatim) {
        const claim = { words: data.verbatim, citation: null };
        out.push(claim);
        pending.push(claim);
      } else if (n.type === 'footnoteReference') {
        for (const c of pending) c.citation = data?.citation ?? null;
        pending = [];
      } else if (n.type === 'paragraph' || n.type === 'tableCell' || n.type === 'heading') {
        block((n as { children: MdNodes[] }).children);
      } else if ('children' in n) {
        for (const c of (n as { children: MdNodes[] }).children) visit(c);
      }
    };
    for (const n of nodes) visit(n);
  };
  for (const n of body) {
    if (n.type === 'footnoteDefinition') continue;
    block([n]);
  }
  return out;
}

/** Parses MDX the way an MDX compiler reads it (remark + remark-mdx + remark-gfm + front matter). */
export function parseMdx(text: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm).parse(text) as Root;
}

/** Writes a file map to a folder (tests only: emit itself never touches the disk). */
export function writeFiles(dir: string, files: Map<string, string>): void {
  for (const [rel, text] of files) {
    const target = path.join(dir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}

export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p).split(path.sep).join('/'), fs.readFileSync(p, 'utf8'));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}
