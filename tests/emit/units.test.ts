/** Unit tests of the emit building blocks: dates, URLs, footnotes, mention links, notes, the map. */
import { describe, expect, it } from 'vitest';
import { Briefing } from '../../src/emit/briefing.ts';
import { formatDate } from '../../src/emit/dates.ts';
import { Notes } from '../../src/emit/footnotes.ts';
import { paragraph, text } from '../../src/emit/mdast.ts';
import { checkNotes } from '../../src/emit/notes.ts';
import { mentionSpans } from '../../src/emit/pages/source.ts';
import { relationMap } from '../../src/emit/relation-map.ts';
import { safeUrl } from '../../src/emit/safe-url.ts';
import { serializeMdx } from '../../src/emit/serialize.ts';
import { loadGraph } from './helpers.ts';

const graph = loadGraph('briefing');
const b = new Briefing(graph);
const A = graph.sources[0]!.id, B = graph.sources[1]!.id;

describe('formatDate', () => {
  it('writes the precision the source allows', () => {
    expect(formatDate('2025-02-10', 'day')).toBe('10 February 2025');
    expect(formatDate('2025-02', 'month')).toBe('February 2025');
    expect(formatDate('2014', 'year')).toBe('2014');
    expect(formatDate('2025-02-10', 'month')).toBe('February 2025');
    expect(formatDate(null)).toBeNull();
  });
});

describe('safeUrl', () => {
  it('keeps http(s) and drops script and data URLs', () => {
    expect(safeUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });
});

describe('Notes (footnotes)', () => {
  it('numbers notes in document order and gives a paragraph cited twice one note', () => {
    const notes = new Notes(b, 2);
    const body = [
      paragraph(text('one'), notes.ref({ source: B, paragraph: 'p2' })),
      paragraph(text('two'), notes.ref({ source: A, paragraph: 'p1' }), text(' three'), notes.ref({ source: B, paragraph: 'p2' })),
    ];
    const out = serializeMdx({ title: 't' }, notes.finish(body));
    expect(out).toContain('one[^1]');
    expect(out).toContain('two[^2] three[^1]');
    expect(out.match(/^\[\^\d+\]:/gm)).toEqual(['[^1]:', '[^2]:']);
    expect(out).toMatch(/\[\^1\]: MENAFN, “Trump possibly to send US troops to protect Ukraine’s minerals”, undated, paragraph 2: \[our copy of ¶2\]\(\.\.\/\.\.\/sources\/menafn-undated-us-troops-ukraine-minerals\/#p2\)\./);
    expect(out).toMatch(/\[\^2\]: The Moscow Times, .*11 February 2025, paragraph 1: .*\(https:\/\/www\.themoscowtimes\.com\//);
    expect(notes.citations()).toEqual([{ source: B, paragraph: 'p2' }, { source: A, paragraph: 'p1' }]);
  });

  it('refuses to cite a paragraph that does not exist', () => {
    expect(() => new Notes(b, 2).ref({ source: A, paragraph: 'p99' })).toThrow(/missing paragraph/);
  });
});

describe('mentionSpans', () => {
  it('links each occurrence of a mention form, whole words only, longest first', () => {
    const source = graph.sources.find((s) => s.id === A)!;
    const p9 = source.paragraphs.find((p) => p.id === 'p9')!;
    const spans = mentionSpans(b, source, p9).map((s) => [p9.text.slice(s.start, s.end), s.actor]);
    expect(spans).toEqual([['Zelensky', 'volodymyr-zelensky'], ['AFP', 'afp'], ['the Ukrainian leader', 'volodymyr-zelensky'], ['J.D. Vance', 'jd-vance']]);
  });
});

describe('checkNotes', () => {
  it('warns about notes whose page is gone, naming the file', () => {
    const d = checkNotes(graph, ['notes/actors/donald-trump.mdx', 'notes/actors/donald.mdx', 'notes/topics/rare-earth-minerals-deal.md', 'notes/other.mdx']);
    expect(d.map((x) => [x.file, x.rule])).toEqual([
      ['content/notes/actors/donald.mdx', 'orphan-note'],
      ['content/notes/other.mdx', 'misplaced-note'],
    ]);
    expect(d[0]!.hint).toMatch(/actors\/donald-trump/);
  });
});

describe('relationMap', () => {
  it('fits every node in the box and links only drawn nodes; same input, same layout', () => {
    const map = relationMap(b, { limit: 24 })!;
    const ids = new Set(map.nodes.map((n) => n.id));
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(map.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(map.height);
    }
    for (const l of map.links) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
    expect(relationMap(new Briefing(structuredClone(graph)), { limit: 24 })).toEqual(map);
  });

  it('centres an actor’s neighbourhood on the actor, with speech links', () => {
    const map = relationMap(b, { focus: 'dmitry-peskov' })!;
    expect(map.nodes[0]!.id).toBe('dmitry-peskov');
    expect(map.links.some((l) => l.speech && (l.source === 'dmitry-peskov' || l.target === 'dmitry-peskov'))).toBe(true);
  });
});
