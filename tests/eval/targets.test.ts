/** The targets, measured by the eval on the development corpus (tests/corpus). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphForEval } from '../../src/eval/load.ts';
import { evaluate, formatReport } from '../../src/eval/index.ts';

describe('extraction targets on tests/corpus', async () => {
  const graph = await graphForEval('tests/corpus');
  const report = evaluate(graph, JSON.parse(readFileSync('tests/corpus/gold.json', 'utf8')));
  const last = formatReport(report, { misses: false }).trim().split('\n').pop()!;

  it('prints the summary line', () => {
    expect(last).toMatch(/^actors F1 \d\.\d\d · quote speakers \d\.\d\d · figures R \d\.\d\d · dates \d\.\d\d$/);
  });
  it('actor F1 ≥ 0.92', () => expect(report.actors.f1).toBeGreaterThanOrEqual(0.92));
  it('quote-speaker accuracy ≥ 0.90', () => expect(report.quoteSpeakers.value).toBeGreaterThanOrEqual(0.9));
  it('figure recall ≥ 0.95', () => expect(report.figures.recall.value).toBeGreaterThanOrEqual(0.95));
  it('event-date accuracy ≥ 0.85', () => expect(report.eventDates.value).toBeGreaterThanOrEqual(0.85));
  it('publication dates 100 %', () => expect(report.publicationDates.value).toBe(1));
});
