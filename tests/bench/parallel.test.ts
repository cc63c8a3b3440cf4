/** Extraction on worker threads gives exactly what inline extraction gives, in input order. */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { extract } from '../../src/extract/index.ts';
import { extractAll, workerCount } from '../../src/parallel/index.ts';
import { toSource } from './sources.ts';

const sources = generateCorpus({ n: 90, seed: 11 }).filter((f) => f.text.length > 0).map(toSource);

describe('parallel extraction', () => {
  it('worker threads return the same results as extract(), in input order', async () => {
    const expected = sources.map((s) => extract(s));
    let used = -1;
    const parallel = await extractAll(sources, { workers: 2, threshold: 0, batch: 7, onPlan: (w) => (used = w) });
    expect(used).toBe(2);
    expect(parallel).toHaveLength(sources.length);
    expect(parallel).toEqual(expected);
  });

  it('runs inline below the threshold or with one worker', async () => {
    const expected = sources.map((s) => extract(s));
    let used = -1;
    expect(await extractAll(sources, { workers: 2, threshold: 1000, onPlan: (w) => (used = w) })).toEqual(expected);
    expect(used).toBe(0);
    expect(await extractAll(sources, { workers: 1, threshold: 0 })).toEqual(expected);
    expect(await extractAll([], { workers: 2, threshold: 0 })).toEqual([]);
  });

  it("counts workers: 'auto' is the machine's cores", () => {
    expect(workerCount('auto')).toBeGreaterThanOrEqual(1);
    expect(workerCount(3)).toBe(3);
    expect(workerCount(-1)).toBe(0);
  });
});
