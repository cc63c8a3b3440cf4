/**
 * Hostile catalogs (seeds/catalog.yaml): unknown keys, wrong types, an alias shared by two actors, a cycle of
 * merges, broken YAML, duplicate keys, an alias bomb, code tags. Each gives one clear error naming the file and
 * the line (marked `# expect-error` in the fixture), and nothing is written: the previous content/ stays as it was.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierError, formatDiagnostic } from '../../src/model/diagnostic.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { catalogCases, FIXTURES } from './cases.ts';
import { makeProject, snapshot, writeSeeds } from './harness.ts';

const cases = await catalogCases();

/** Known bugs in src/catalog, by fixture: the test is expected to fail until fixed (none at present). */
const KNOWN_BUGS: Record<string, string> = {};

let root = '';
let seedsText = '';
beforeAll(async () => {
  root = await makeProject('catalog');
  seedsText = await readFile(path.join(FIXTURES, 'duplicate-article', 'tidewater-fares.txt'), 'utf8');
  await writeSeeds(root, [{ name: 'tidewater-fares.txt', bytes: async () => new TextEncoder().encode(seedsText) }]);
  await runPipeline({ root }); // a previous, good content/
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('a hostile catalog stops the run with one clear error, and nothing is written', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));

  for (const c of cases) {
    (KNOWN_BUGS[c.file] ? it.fails : it)(c.file, async () => {
      expect(c.lines.length, 'fixture marks the expected line(s)').toBeGreaterThan(0);
      const before = await snapshot(path.join(root, 'content'));
      await writeFile(path.join(root, 'seeds', 'catalog.yaml'), c.text);
      try {
        const started = Date.now();
        const error = await runPipeline({ root }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(Date.now() - started, 'fails fast').toBeLessThan(10_000);
        expect(error, 'the run must stop').toBeInstanceOf(DossierError);
        const d = (error as DossierError).diagnostic;
        expect(d.severity).toBe('error');
        expect(d.file).toBe('seeds/catalog.yaml');
        expect(c.lines, `line ${d.line}: ${d.message}`).toContain(d.line);
        expect(formatDiagnostic(d).startsWith(`seeds/catalog.yaml:${d.line}: error: `)).toBe(true);
        expect(formatDiagnostic(d)).not.toContain('\n');
        expect(await snapshot(path.join(root, 'content'))).toEqual(before);
      } finally {
        await rm(path.join(root, 'seeds', 'catalog.yaml'), { force: true });
      }
    }, 30_000);
  }
});
