/**
 * Every sentence is cited (issue 5): on every emitted page, each run of a source's own words (a quote, an excerpt, a
 * figure as written) is followed in its block by a footnote, and the paragraph that footnote cites holds those words.
 * Checked on the emitted trees of the fixture briefing and of the development corpus (tests/site checks the built
 * HTML for the links themselves).
 */
import { describe, expect, it } from 'vitest';
import { emitPages } from '../../src/emit/index.ts';
import { graphForEval } from '../../src/eval/load.ts';
import type { Graph } from '../../src/model/graph.ts';
import { loadGraph, verbatimClaims } from './helpers.ts';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function check(graph: Graph): number {
  const paragraphs = new Map(graph.sources.flatMap((s) => s.paragraphs.map((p) => [`${s.id}#${p.id}`, norm(p.text)] as const)));
  let checked = 0;
  for (const page of emitPages(graph)) {
    for (const claim of verbatimClaims(page.body)) {
      expect(claim.citation, `${page.path}: “${claim.words}” has a footnote`).not.toBeNull();
      const text = paragraphs.get(`${claim.citation!.source}#${claim.citation!.paragraph}`);
      expect(text, `${page.path}: footnote to ${claim.citation!.source}#${claim.citation!.paragraph}`).toBeDefined();
      expect(text, `${page.path}: the cited paragraph holds “${claim.words}”`).toContain(norm(claim.words));
      checked++;
    }
  }
  return checked;
}

describe('verbatim words lead to their paragraph', () => {
  it('on the fixture briefing', () => {
    expect(check(loadGraph('briefing'))).toBeGreaterThan(20);
  });

  it('on the development corpus (every page kind, long lists included)', async () => {
    const graph = await graphForEval('tests/corpus');
    expect(check(graph)).toBeGreaterThan(500);
  }, 60_000);
});
