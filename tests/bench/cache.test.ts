/** The content-hash cache of extraction results: a hit is exactly what `extract` returns; any change is a miss. */
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { extractCached, sourceKey } from '../../src/cache/index.ts';
import type { CacheStats, ExtractAll } from '../../src/cache/index.ts';
import { moduleFiles, versionOf } from '../../src/cache/version.ts';
import { extract } from '../../src/extract/index.ts';
import type { Source } from '../../src/model/source.ts';
import { toSource } from './sources.ts';

const sources: Source[] = generateCorpus({ n: 40, seed: 3 }).filter((f) => f.text.length > 0).map(toSource);
const inline: ExtractAll = async (s) => s.map((x) => extract(x));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(list: readonly Source[], version = 'v1', extractAll: ExtractAll = inline) {
  let stats: CacheStats | undefined;
  const results = await extractCached(list, { dir, version, extractAll, onStats: (s) => (stats = s) });
  return { results, stats: stats! };
}

describe('extraction cache', () => {
  it('first run extracts everything; the second reads everything back, equal to extract()', async () => {
    const expected = sources.map((s) => extract(s));
    const first = await run(sources);
    expect(first.stats).toEqual({ hits: 0, misses: sources.length, pruned: 0 });
    expect(first.results).toEqual(expected);
    const spy = vi.fn(inline);
    const second = await run(sources, 'v1', spy);
    expect(second.stats.hits).toBe(sources.length);
    expect(spy).not.toHaveBeenCalled();
    expect(second.results).toEqual(expected);
  });

  it('re-extracts only the source whose text changed, and prunes the stale entry', async () => {
    await run(sources);
    const changed = sources.map((s, i) =>
      i === 5 ? { ...s, paragraphs: [...s.paragraphs, { id: 'px', text: 'Added.' }], textHash: 'changed' } : s,
    );
    const spy = vi.fn(inline);
    const again = await run(changed, 'v1', spy);
    expect(again.stats).toEqual({ hits: sources.length - 1, misses: 1, pruned: 1 });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0].map((s: Source) => s.id)).toEqual([sources[5]!.id]);
    expect(again.results).toEqual(changed.map((s) => extract(s)));
  });

  it('keys on the whole source: same text under another id is a different entry', () => {
    const a = sources[0]!;
    expect(sourceKey(a, 'v1')).toBe(sourceKey({ ...a }, 'v1'));
    expect(sourceKey({ ...a, id: 'other', slug: 'other' }, 'v1')).not.toBe(sourceKey(a, 'v1'));
    expect(sourceKey({ ...a, published: '1999-01-01' }, 'v1')).not.toBe(sourceKey(a, 'v1'));
    expect(sourceKey(a, 'v2')).not.toBe(sourceKey(a, 'v1'));
  });

  it('a new extractor version misses everything and removes the old version', async () => {
    await run(sources, 'v1');
    const next = await run(sources, 'v2');
    expect(next.stats.misses).toBe(sources.length);
    expect(await readdir(path.join(dir, 'extract'))).toEqual(['v2']);
  });

  it('treats a corrupt entry as a miss', async () => {
    await run(sources);
    const folder = path.join(dir, 'extract', 'v1');
    const entry = (await readdir(folder)).sort()[0]!;
    await writeFile(path.join(folder, entry), 'not a serialised value');
    const again = await run(sources);
    expect(again.stats.misses).toBe(1);
    expect(again.results).toEqual(sources.map((s) => extract(s)));
  });
});

describe('extractor version', () => {
  it('follows relative imports transitively and changes when any reached file changes', async () => {
    const root = path.join(dir, 'mod');
    await mkdir(path.join(root, 'lex'), { recursive: true });
    await writeFile(path.join(root, 'index.ts'), "import { a } from './a.ts';\nexport const x = a;\n");
    await writeFile(path.join(root, 'a.ts'), "import words from './lex/words.json' with { type: 'json' };\nexport const a = words;\n");
    await writeFile(path.join(root, 'lex', 'words.json'), '["one"]');
    await writeFile(path.join(root, 'unrelated.ts'), 'export const y = 1;\n');
    expect(moduleFiles(path.join(root, 'index.ts')).map((f) => path.relative(root, f))).toEqual(['a.ts', 'index.ts', 'lex/words.json']);
    const before = versionOf(path.join(root, 'index.ts'));
    await writeFile(path.join(root, 'unrelated.ts'), 'export const y = 2;\n');
    expect(versionOf(path.join(root, 'index.ts'))).toBe(before);
    await writeFile(path.join(root, 'lex', 'words.json'), '["one","two"]');
    expect(versionOf(path.join(root, 'index.ts'))).not.toBe(before);
  });

  it('covers the real extract stage', () => {
    const files = moduleFiles(path.resolve(import.meta.dirname, '../../src/extract/index.ts'));
    expect(files.some((f) => f.endsWith(path.join('src', 'extract', 'index.ts')))).toBe(true);
  });
});
