/**
 * The pipeline with its extraction cache and worker pool gives byte-identical content/ to the plain pipeline, and an
 * unchanged re-run rewrites nothing; one changed seed rewrites only files whose bytes changed.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { readSeeds } from '../../src/io/seeds.ts';
import { runPipeline, runStages } from '../../src/pipeline.ts';
import { makeSeedReader } from '../../src/cache/reader.ts';
import { makeExtractor } from '../../src/cache/extractor.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dossier-pipeline-cache-'));
  await mkdir(path.join(root, 'seeds'));
  for (const f of generateCorpus({ n: 15, seed: 5 })) await writeFile(path.join(root, 'seeds', f.name), f.text);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function plain(): Promise<Map<string, string>> {
  const { seeds } = await readSeeds(path.join(root, 'seeds'));
  return (await runStages(seeds)).files;
}

async function contentEquals(files: Map<string, string>): Promise<void> {
  for (const [rel, text] of files) expect(await readFile(path.join(root, 'content', rel), 'utf8'), rel).toBe(text);
}

/** Every generated file of content/ after a run (as the manifest lists them). */
const allFiles = async () => (JSON.parse(await readFile(path.join(root, 'content', '.dossier-manifest.json'), 'utf8')) as { files: string[] }).files;

describe('pipeline with cache and workers', { timeout: 900_000 }, () => {
  it('writes what the plain pipeline makes, cold and warm, and a warm re-run rewrites nothing', async () => {
    const expected = await plain();
    const cold = await runPipeline({ root, workers: 2 });
    expect(await allFiles()).toEqual([...expected.keys()].sort());
    expect(cold.write.written.length).toBe(expected.size);
    await contentEquals(expected);
    const warm = await runPipeline({ root, workers: 2 });
    expect(await allFiles()).toEqual([...expected.keys()].sort());
    // Nothing changed: only the pages of the whole archive (overview, timeline) are built again, and none is written.
    expect(warm.pageGroups.built).toBeLessThanOrEqual(2);
    expect(warm.write.written).toEqual([]);
    await contentEquals(expected);
  });

  it('after one seed changes, writes exactly the files whose bytes differ', async () => {
    const before = await plain();
    const seed = generateCorpus({ n: 15, seed: 5 }).find((f) => f.name.endsWith('.md') && f.text.length > 500)!;
    await appendFile(path.join(root, 'seeds', seed.name), '\nThe ministry said on Monday that a revised offer worth $3.5 billion would follow.\n');
    const expected = await plain();
    const run = await runPipeline({ root, workers: 2 });
    expect(await allFiles()).toEqual([...expected.keys()].sort());
    const changed = [...expected.keys()].filter((rel) => before.get(rel) !== expected.get(rel)).sort();
    expect(run.write.written.sort()).toEqual(changed);
    await contentEquals(expected);
  });

  it('worker threads (seed reading, extraction) give the same files as the inline pipeline', async () => {
    const { seeds } = await readSeeds(path.join(root, 'seeds'));
    const expected = await runStages(seeds);
    let plans: number[] = [];
    const pool = { cacheDir: null, workers: 2, threshold: 0, batch: 8, onPlan: (w: number) => plans.push(w) };
    const parallel = await runStages(seeds, { readAll: makeSeedReader(pool), extractAll: makeExtractor(pool) });
    expect(plans).toEqual([2, 2]);
    expect([...parallel.files.entries()]).toEqual([...expected.files.entries()]);
    plans = [];
  });
});
