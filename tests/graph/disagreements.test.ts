import { describe, expect, it } from 'vitest';
import { findDisagreements } from '../../src/graph/disagreements.ts';
import type { Figure } from '../../src/model/graph.ts';
import type { Source } from '../../src/model/source.ts';

const source = (id: string, text: string): Source => ({
  id, slug: id, file: `${id}.txt`, format: 'txt', title: id, publisher: null, url: null, published: null, authors: [], credits: [],
  summary: null, paragraphs: [{ id: 'p1', text }], cleaning: { collapsedDuplicates: 0, removed: [] }, duplicateOf: null, provenance: null, textHash: id,
});
const figure = (src: string, n: number, text: string, value: number, about: string): Figure => ({
  id: `${src}-p1-f${n}`, source: src, paragraph: 'p1', text, value, unit: 'USD', about, actor: null,
});

it('pairs the same quantity stated with different values by two sources', () => {
  const a = source('a', 'Congress has appropriated about $175 billion in aid to Ukraine since 2022.');
  const b = source('b', 'The United States has given $350 billion in aid to Ukraine, the president claimed.');
  const figures = [figure('a', 1, '$175 billion', 175e9, 'in aid to Ukraine'), figure('b', 1, '$350 billion', 350e9, 'in aid to Ukraine')];
  expect(findDisagreements(figures, [a, b]).map((d) => d.figures)).toEqual([['a-p1-f1', 'b-p1-f1']]);
});

it('does not pair a figure with a different one from a source that states the same value too', () => {
  const a = source('a', 'He wants $500 billion worth of rare earths in return for the aid.');
  const b = source('b', 'He demanded $500 billion worth of rare earths in return for the estimated $300 billion in aid.');
  const figures = [
    figure('a', 1, '$500 billion', 500e9, 'worth of rare earths'),
    figure('b', 1, '$500 billion', 500e9, 'worth of rare earths'),
    figure('b', 2, '$300 billion', 300e9, 'in aid'),
  ];
  expect(findDisagreements(figures, [a, b])).toEqual([]);
});

describe('pairing by index', () => {
  it('finds exactly the disagreements that comparing every pair finds, on a generated archive', async () => {
    const { generateCorpus } = await import('../../bench/generate.ts');
    const { runStages } = await import('../../src/pipeline.ts');
    const seeds = generateCorpus({ n: 120, seed: 11 }).map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
    const { graph } = await runStages(seeds);
    expect(graph.figures.length).toBeGreaterThan(500);
    const indexed = findDisagreements(graph.figures, graph.sources);
    const all = findDisagreements(graph.figures, graph.sources, { scan: 'all' });
    expect(indexed.length).toBeGreaterThan(5);
    expect(indexed).toEqual(all);
  });
});
