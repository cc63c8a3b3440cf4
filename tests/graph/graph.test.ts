import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { buildGraph } from '../../src/graph/index.ts';
import { parseCatalog } from '../../src/catalog/index.ts';
import { source } from '../extract/source.ts';

const a = source([
  'Ukrainian President Volodymyr Zelenskyy met Treasury Secretary Scott Bessent in Kyiv on Wednesday.',
  '“We are not ready to sign,” Zelenskyy said.',
  'Washington has spent $175 billion on aid to Ukraine since 2022, according to Congress.',
], { id: 'alpha', published: '2025-02-15' });
const b = source([
  'President Vladimir Zelensky rejected the draft, saying it lacked security guarantees.',
  'Trump says the United States has spent $350 billion on aid to Ukraine since 2022.',
  '“It reads like a bill,” an official said.',
], { id: 'beta', published: null });

function build(catalog: string | null = null) {
  const sources = [b, a];
  return buildGraph(sources, sources.map(extract), catalog === null ? null : parseCatalog(catalog, 'seeds/catalog.yaml'));
}

describe('buildGraph', () => {
  it('resolves one person across sources under a slug id, with every variant as alias', () => {
    const { graph, review } = build();
    const z = graph.actors.filter((x) => /zelensk/i.test(x.name));
    expect(z).toHaveLength(1);
    expect(['volodymyr-zelenskyy', 'vladimir-zelensky']).toContain(z[0]!.id);
    expect([z[0]!.name, ...z[0]!.aliases]).toEqual(expect.arrayContaining(['Vladimir Zelensky', 'Volodymyr Zelenskyy', 'Zelenskyy']));
    expect(z[0]!.mentions.map((m) => m.source)).toEqual(expect.arrayContaining(['alpha', 'beta']));
    expect(review.variantMerges.find((m) => m.actor === z[0]!.id)?.variants).toHaveLength(1);
  });

  it('gives stable, sorted ids and cites every fact', () => {
    const one = build().graph;
    const two = build().graph;
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
    expect(one.sources.map((s) => s.id)).toEqual(['alpha', 'beta']);
    expect(one.actors.map((x) => x.id)).toEqual([...one.actors.map((x) => x.id)].sort());
    for (const q of one.quotes) expect(q.id).toMatch(/^(alpha|beta)-p\d+-q\d+$/);
    const quote = one.quotes.find((q) => q.text.startsWith('We are not ready'))!;
    const z = one.actors.find((x) => /zelensk/i.test(x.name))!;
    expect(quote).toMatchObject({ source: 'alpha', paragraph: 'p2', speaker: z.id, verb: 'said', confidence: 'explicit' });
  });

  it('pairs figures that state the same quantity differently', () => {
    const { graph } = build();
    expect(graph.disagreements).toHaveLength(1);
    const figs = graph.disagreements[0]!.figures.map((id) => graph.figures.find((f) => f.id === id)!.text).sort();
    expect(figs).toEqual(['$175 billion', '$350 billion']);
  });

  it('lists unattributed quotes for the editor', () => {
    const { review } = build();
    expect(review.unattributedQuotes.map((q) => q.text)).toEqual(['It reads like a bill']);
  });

  it('applies the catalog: aliases, roles, ignore', () => {
    const { graph } = build('actors:\n  - name: Volodymyr Zelensky\n    role: President of Ukraine\n    merge: [Volodymyr Zelenskyy]\nignore: [Congress]\n');
    const z = graph.actors.find((x) => x.id === 'volodymyr-zelensky')!;
    expect(z.role).toBe('President of Ukraine');
    expect(graph.actors.some((x) => x.name === 'Congress')).toBe(false);
  });
});
