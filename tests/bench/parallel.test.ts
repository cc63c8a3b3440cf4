/** Extraction on worker threads gives exactly what inline extraction gives, in input order. */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { extract } from '../../src/extract/index.ts';
import { extractAll, mapTask, workerCount } from '../../src/parallel/index.ts';
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

  it('a pool spreads items over threads, keeps order, and reports each failing item in its place', async () => {
    const task = { module: new URL('./fixtures/square.ts', import.meta.url).href, fn: 'square' };
    const items = Array.from({ length: 300 }, (_, i) => (i % 97 === 13 ? -i : i));
    const outcomes = await mapTask<number, { n: number; square: number; thread: number }>(items, task, { workers: 2, threshold: 0, batch: 10 });
    expect(outcomes).toHaveLength(items.length);
    outcomes.forEach((o, i) => {
      if (items[i]! < 0) expect('error' in o && o.error).toMatch(`negative input ${items[i]}`);
      else expect('value' in o && o.value.square).toBe(items[i]! * items[i]!);
    });
    const threads = new Set(outcomes.flatMap((o) => ('value' in o ? [o.value.thread] : [])));
    expect(threads.size).toBe(2);
    expect(threads.has(0)).toBe(false); // never the main thread
    const inline = await mapTask<number, { square: number }>(items, task, { workers: 0 });
    expect(inline.map((o) => ('value' in o ? o.value.square : 'error'))).toEqual(outcomes.map((o) => ('value' in o ? o.value.square : 'error')));
  });

  it("counts workers: 'auto' is the machine's cores", () => {
    expect(workerCount('auto')).toBeGreaterThanOrEqual(1);
    expect(workerCount(3)).toBe(3);
    expect(workerCount(-1)).toBe(0);
  });
});
