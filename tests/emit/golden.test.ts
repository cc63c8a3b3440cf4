/**
 * Golden tests: emit each fixture graph (tests/fixtures/graph/<name>.json) and compare every file
 * with tests/fixtures/emit/<name>/. Refresh after an intended change with
 * `UPDATE_GOLDEN=1 npx vitest run tests/emit/golden.test.ts` and review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emit } from '../../src/emit/index.ts';
import { fixtureGraphs, fixturesDir, readTree, writeFiles } from './helpers.ts';

const update = process.env.UPDATE_GOLDEN === '1';

describe('emit golden files', () => {
  for (const [name, graph] of fixtureGraphs()) {
    it(`${name}: every page kind matches tests/fixtures/emit/${name}/`, () => {
      const files = emit(graph);
      const dir = path.join(fixturesDir, 'emit', name);
      if (update) {
        fs.rmSync(dir, { recursive: true, force: true });
        writeFiles(dir, files);
      }
      const golden = readTree(dir);
      expect([...files.keys()].sort()).toEqual([...golden.keys()].sort());
      for (const [rel, text] of files) expect(text, rel).toBe(golden.get(rel));
      // The golden set covers each page kind.
      const kinds = new Set([...files.keys()].map((k) => k.split('/')[0]));
      for (const kind of ['actors', 'topics', 'sources', 'overview.mdx', 'timeline.mdx', 'graph.json']) expect(kinds).toContain(kind);
    });
  }
});
