/**
 * Never lose content (issue 8): the seeds folder is never written to, and the content writer never writes
 * outside content/ whatever paths it is handed. (Atomic replacement, foreign files and notes/ are covered by
 * tests/io/content.test.ts.)
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeContentTree } from '../../src/io/content.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { REPO, snapshot } from './harness.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the seeds folder is read-only to Dossier', () => {
  it('a pipeline run (twice, over an existing content/) changes no file, mtime or mode in seeds/ and adds none', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dossier-seeds-ro-'));
    dirs.push(root);
    await cp(path.join(REPO, 'seeds'), path.join(root, 'seeds'), { recursive: true, preserveTimestamps: true });
    // What an analyst's folder also holds: a provenance sidecar, a dot-file, a subfolder, a file of another type.
    await writeFile(path.join(root, 'seeds', '.DS_Store'), 'x');
    await writeFile(path.join(root, 'seeds', 'notes.pdf'), '%PDF-1.4');
    const first = (await readdir(path.join(root, 'seeds'))).find((n) => n.endsWith('.txt'))!;
    await writeFile(path.join(root, 'seeds', `${first}.source.json`), '{"url":"https://example.org/a"}');
    const before = await snapshot(path.join(root, 'seeds'));
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(5);
    const run1 = await runPipeline({ root });
    const run2 = await runPipeline({ root });
    const hashes = (run: typeof run1) => [...run.write.records].map(([rel, r]) => [rel, r.hash]);
    expect(run1.write.records.size).toBeGreaterThan(0);
    expect(run2.write.written).toEqual([]);
    expect(hashes(run2)).toEqual(hashes(run1));
    expect(await snapshot(path.join(root, 'seeds'))).toEqual(before);
    // Besides content/, only a cache folder may appear (issue 9: keyed by content hash, safe to delete).
    expect((await readdir(root)).filter((n) => n !== '.dossier').sort()).toEqual(['content', 'seeds']);
  });
});

describe('the content writer stays inside content/', () => {
  for (const bad of ['../outside.mdx', 'sources/../../outside.mdx', '/tmp/dossier-absolute.mdx']) {
    it(`refuses the path ${JSON.stringify(bad)} and writes nothing outside content/`, async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'dossier-escape-'));
      dirs.push(dir);
      const target = path.join(dir, 'content');
      await writeContentTree(target, new Map([['sources/a.mdx', 'A']]));
      const result = await writeContentTree(target, new Map([['sources/a.mdx', 'A2'], [bad, 'escaped']])).then(
        () => 'written',
        (e: unknown) => e,
      );
      const outside = path.isAbsolute(bad) ? bad : path.join(dir, 'outside.mdx');
      const escaped = existsSync(outside);
      await rm(outside, { force: true });
      expect(escaped).toBe(false);
      expect(result).toBeInstanceOf(Error);
    });
  }
});
