/**
 * The committed content/ is exactly what the pipeline makes from the committed seeds/: a stale content/ fails here.
 * Also: the pipeline is deterministic (two runs, byte-identical files).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST } from '../../src/io/content.ts';
import { readCatalogText, readSeeds } from '../../src/io/seeds.ts';
import { runStages } from '../../src/pipeline.ts';

const root = path.resolve(import.meta.dirname, '../..');

async function listTree(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listTree(dir, rel)));
    else out.push(rel);
  }
  return out;
}

async function generate() {
  const { seeds } = await readSeeds(path.join(root, 'seeds'), 'seeds');
  const catalog = await readCatalogText(path.join(root, 'seeds'));
  return runStages(seeds, { catalog: catalog === null ? null : { text: catalog, file: 'seeds/catalog.yaml' } });
}

describe('content/ golden', () => {
  it('matches what the pipeline generates from seeds/ (run `npm run pipeline` after changing seeds or code)', async () => {
    const { files } = await generate();
    const contentDir = path.join(root, 'content');
    const committed = (await listTree(contentDir)).filter((f) => f !== MANIFEST && !f.startsWith('notes/')).sort();
    expect(committed).toEqual([...files.keys()].sort());
    for (const [rel, text] of files) {
      expect(await readFile(path.join(contentDir, rel), 'utf8'), rel).toBe(text);
    }
    const manifest = JSON.parse(await readFile(path.join(contentDir, MANIFEST), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual([...files.keys()].sort());
  });

  it('is deterministic: two runs give byte-identical files', async () => {
    const a = await generate();
    const b = await generate();
    expect([...a.files.entries()]).toEqual([...b.files.entries()]);
    expect(a.files.size).toBeGreaterThan(0);
  });
});
