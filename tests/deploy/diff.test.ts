import { describe, expect, it } from 'vitest';
import { countChanges, diffGraphs, formatDiff, parseGraph } from '../../src/diff/index.ts';
import { graphV1, graphV2 } from './fixtures.ts';

describe('diffGraphs', () => {
  it('finds what a new version added, removed and changed, with ids to link', () => {
    const d = diffGraphs(graphV1(), graphV2());
    expect(d.sources.added.map((s) => s.slug)).toEqual(['menafn-minerals']);
    expect(d.sources.removed.map((s) => s.slug)).toEqual(['old-wire-brief']);
    expect(d.actors.added.map((a) => a.id)).toEqual(['volodymyr-zelensky']);
    expect(d.actors.removed).toEqual([]); // Donald Trump stays an actor of v2 (fixture keeps him)
    expect(d.quotes.added).toEqual([expect.objectContaining({
      id: 'q-zelensky-1', speaker: 'volodymyr-zelensky', speakerName: 'Volodymyr Zelensky', source: 'menafn-minerals', paragraph: 'p1',
    })]);
    expect(d.events.added.map((e) => [e.id, e.date])).toEqual([['e-talks-riyadh', '2025-02-12']]);
    expect(d.disagreements.added).toHaveLength(1);
    expect(d.disagreements.added[0]!.figures.map((f) => f.text)).toEqual(['$60 billion', '$500 billion']);
  });

  it('reports a figure change when the values stated for the same subject differ (case and spacing folded)', () => {
    const d = diffGraphs(graphV1(), graphV2());
    expect(d.figures.changed).toHaveLength(1);
    const c = d.figures.changed[0]!;
    expect(c.unit).toBe('USD');
    expect(c.before.map((f) => f.text)).toEqual(['$60 billion']);
    expect(c.after.map((f) => f.text).sort()).toEqual(['$500 billion', '$60 billion']);
    // The new $500 billion figure is part of the change, so it is not listed again as new.
    expect(d.figures.added).toEqual([]);
  });

  it('is empty between a graph and itself, and symmetric in what it adds and removes', () => {
    expect(countChanges(diffGraphs(graphV2(), graphV2()))).toBe(0);
    const back = diffGraphs(graphV2(), graphV1());
    expect(back.sources.added.map((s) => s.slug)).toEqual(['old-wire-brief']);
    expect(back.sources.removed.map((s) => s.slug)).toEqual(['menafn-minerals']);
    expect(back.actors.removed.map((a) => a.id)).toEqual(['volodymyr-zelensky']);
    expect(back.quotes.removed.map((q) => q.id)).toEqual(['q-zelensky-1']);
  });

  it('does not depend on the order of the input lists', () => {
    const v2 = graphV2();
    const shuffled = { ...v2, sources: [...v2.sources].reverse(), actors: [...v2.actors].reverse(), figures: [...v2.figures].reverse() };
    expect(diffGraphs(graphV1(), shuffled)).toEqual(diffGraphs(graphV1(), v2));
  });

  it('formats for the terminal', () => {
    const text = formatDiff(diffGraphs(graphV1(), graphV2()));
    expect(text).toContain('New sources (1)\n  + menafn-minerals: Zelensky rejects minerals deal (MENAFN)');
    expect(text).toContain('Removed sources (1)\n  - old-wire-brief');
    expect(text).toContain('+ Volodymyr Zelensky: “not serious” [menafn-minerals#p1]');
    expect(text).toMatch(/~ military assistance to Ukraine \(USD\): \$60 billion \[moscow-times-talks#p2\] → .*\$500 billion/);
    expect(text.trim().endsWith('7 changes.')).toBe(true);
    expect(formatDiff(diffGraphs(graphV1(), graphV1()))).toBe('No changes.\n');
  });
});

describe('parseGraph', () => {
  it('rejects what is not a Dossier graph, naming the file', () => {
    expect(() => parseGraph('{', 'a.json')).toThrow(/a\.json: error: not valid JSON/);
    expect(() => parseGraph('{"schema":"other"}', 'b.json')).toThrow(/b\.json.*dossier-graph\/1/);
    expect(parseGraph('{"schema":"dossier-graph/1","sources":[]}', 'c.json').quotes).toEqual([]);
  });
});
