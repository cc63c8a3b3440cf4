/** Same graph → byte-identical files, whatever the order of the graph's arrays. */
import { describe, expect, it } from 'vitest';
import { emit } from '../../src/emit/index.ts';
import type { Graph } from '../../src/model/graph.ts';
import { fixtureGraphs } from './helpers.ts';

function reversed(g: Graph): Graph {
  return {
    ...g,
    sources: [...g.sources].reverse(),
    actors: [...g.actors].reverse().map((a) => ({ ...a, mentions: [...a.mentions].reverse(), roles: [...a.roles] })),
    quotes: [...g.quotes].reverse(),
    statements: [...g.statements].reverse(),
    figures: [...g.figures].reverse(),
    events: [...g.events].reverse(),
    topics: [...g.topics].reverse().map((t) => ({ ...t, paragraphs: [...t.paragraphs].reverse() })),
    disagreements: [...g.disagreements].reverse(),
  };
}

describe('determinism', () => {
  for (const [name, graph] of fixtureGraphs()) {
    it(`${name}: emitting twice gives the same bytes`, () => {
      const a = emit(structuredClone(graph));
      const b = emit(structuredClone(graph));
      expect([...a.entries()]).toEqual([...b.entries()]);
    });

    it(`${name}: pages do not depend on the order of the graph's arrays`, () => {
      const a = emit(graph);
      const b = emit(reversed(graph));
      for (const [file, text] of a) if (file.endsWith('.mdx')) expect(b.get(file), file).toBe(text);
    });
  }

  it('does not modify its input', () => {
    const graph = fixtureGraphs().values().next().value!;
    const copy = structuredClone(graph);
    emit(graph);
    expect(graph).toEqual(copy);
  });
});
