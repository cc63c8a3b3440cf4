import { describe, expect, it } from 'vitest';
import { evaluate, formatReport } from '../../src/eval/index.ts';
import type { Graph } from '../../src/model/graph.ts';
import { source } from '../extract/source.ts';

const graph: Graph = {
  schema: 'dossier-graph/1',
  sources: [source(['Trump said Monday: “We want the money back.”'], { id: 'a' })],
  actors: [
    { id: 'donald-trump', name: 'Donald Trump', kind: 'person', role: null, roles: [], aliases: ['Trump'], mentions: [{ source: 'a', paragraph: 'p1', text: 'Trump' }] },
    { id: 'monday-club', name: 'Monday Club', kind: 'organization', role: null, roles: [], aliases: [], mentions: [{ source: 'a', paragraph: 'p1', text: 'Monday' }] },
  ],
  quotes: [{ id: 'q1', source: 'a', paragraph: 'p1', text: 'We want the money back.', speaker: 'donald-trump', verb: 'said', rule: 'explicit-before', confidence: 'explicit', partial: false }],
  statements: [],
  figures: [{ id: 'f1', source: 'a', paragraph: 'p1', text: '$5', value: 5, unit: 'USD', about: null, actor: null }],
  events: [{ id: 'e1', source: 'a', paragraph: 'p1', cue: 'Monday', date: '2025-02-10', precision: 'day', text: '', actors: [], rule: 'weekday' }],
  topics: [],
  disagreements: [],
};
const gold = {
  schema: 'dossier-gold/1',
  documents: [{
    file: 'a.txt', published: '2025-02-11',
    actors: [{ name: 'Donald Trump', kind: 'person', aliases: ['Trump'] }, { name: 'Fox News', kind: 'organization', aliases: [] }],
    quotes: [{ speaker: 'Donald Trump', text: 'We want the money back' }],
    figures: [{ text: '$500 billion', value: 5e11, unit: 'USD' }],
    events: [{ cue: 'Monday', sentence: 'Trump said Monday', date: '2025-02-10', precision: 'day' }],
  }],
  disagreements: [],
};

describe('evaluate', () => {
  it('scores actors, quotes, figures, events and dates, and lists the misses', () => {
    const r = evaluate(graph, gold);
    expect(r.actors.precision.value).toBe(0.5);
    expect(r.actors.recall.value).toBe(0.5);
    expect(r.quoteSpeakers.value).toBe(1);
    expect(r.figures.recall.value).toBe(0);
    expect(r.eventDates.value).toBe(1);
    expect(r.publicationDates.value).toBe(1);
    expect(r.misses.map((m) => m.kind).sort()).toEqual(['actor', 'false-actor', 'false-figure', 'figure']);
    const text = formatReport(r);
    expect(text).toContain('a.txt');
    expect(text).toContain('actor: Fox News (organization)');
    expect(text.trim().split('\n').pop()).toBe('actors F1 0.50 · quote speakers 1.00 · figures R 0.00 · dates 1.00');
  });
});
