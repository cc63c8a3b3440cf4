import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST, writeContentTree } from '../../src/io/content.ts';
import { DossierError } from '../../src/model/diagnostic.ts';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-content-'));
  target = path.join(dir, 'content');
});

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('writeContentTree', () => {
  it('completes a run interrupted after it committed: the journal is replayed by the next run', async () => {
    await writeContentTree(target, files({ 'a.mdx': 'A', 'gone.mdx': 'G' }));
    // What a run killed right after its commit leaves: new files beside theirs and the journal naming them.
    await writeFile(path.join(target, 'a.mdx.dossier-new'), 'A2');
    await writeFile(path.join(target, 'c.mdx.dossier-new'), 'C');
    await writeFile(path.join(target, '.dossier-manifest.json.dossier-new'), JSON.stringify({ generator: 'dossier', files: ['a.mdx', 'c.mdx'] }));
    await writeFile(path.join(target, '.dossier-journal.json'), JSON.stringify({ moves: ['a.mdx', 'c.mdx', '.dossier-manifest.json'], removes: ['gone.mdx'] }));
    const report = await writeContentTree(target, files({ 'a.mdx': 'A2', 'c.mdx': 'C' }));
    expect(report.written).toEqual([]);
    expect(await readFile(path.join(target, 'a.mdx'), 'utf8')).toBe('A2');
    expect(existsSync(path.join(target, 'gone.mdx'))).toBe(false);
    expect((await readdir(target)).sort()).toEqual(['.dossier-manifest.json', 'a.mdx', 'c.mdx']);
  });

  it('writes files and a manifest, then rewrites only what changed (unchanged files keep their inode)', async () => {
    const first = await writeContentTree(target, files({ 'actors/a.mdx': 'A', 'sources/s.mdx': 'S', 'graph.json': '{}' }));
    expect(first.written).toEqual(['actors/a.mdx', 'graph.json', 'sources/s.mdx']);
    const before = await stat(path.join(target, 'actors/a.mdx'));
    const second = await writeContentTree(target, files({ 'actors/a.mdx': 'A', 'sources/s.mdx': 'S2', 'graph.json': '{}' }));
    expect(second.written).toEqual(['sources/s.mdx']);
    expect(second.unchanged).toBe(2);
    const after = await stat(path.join(target, 'actors/a.mdx'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(path.join(target, 'sources/s.mdx'), 'utf8')).toBe('S2');
    const manifest = JSON.parse(await readFile(path.join(target, MANIFEST), 'utf8'));
    expect(manifest.files).toEqual(['actors/a.mdx', 'graph.json', 'sources/s.mdx']);
  });

  it('removes files of removed seeds and keeps hand-written notes', async () => {
    await writeContentTree(target, files({ 'sources/old.mdx': 'old', 'sources/keep.mdx': 'keep' }));
    await mkdir(path.join(target, 'notes/actors'), { recursive: true });
    await writeFile(path.join(target, 'notes/actors/a.mdx'), 'editor note');
    const report = await writeContentTree(target, files({ 'sources/keep.mdx': 'keep' }));
    expect(report.removed).toEqual(['sources/old.mdx']);
    expect(existsSync(path.join(target, 'sources/old.mdx'))).toBe(false);
    expect(await readFile(path.join(target, 'notes/actors/a.mdx'), 'utf8')).toBe('editor note');
  });

  it('refuses, naming the file, when content/ holds a file Dossier did not write; nothing changes', async () => {
    await writeContentTree(target, files({ 'sources/s.mdx': 'S' }));
    await writeFile(path.join(target, 'sources/mine.mdx'), 'hand-written');
    const error = await writeContentTree(target, files({ 'sources/s.mdx': 'S2' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).diagnostic.file).toBe(path.join(target, 'sources/mine.mdx'));
    expect((error as DossierError).diagnostic.hint).toMatch(/notes/);
    expect(await readFile(path.join(target, 'sources/s.mdx'), 'utf8')).toBe('S');
    expect(await readFile(path.join(target, 'sources/mine.mdx'), 'utf8')).toBe('hand-written');
  });

  it('refuses a path that is a file and a folder at once, before writing anything', async () => {
    await writeContentTree(target, files({ 'a.mdx': 'A', 'b.mdx': 'B' }));
    const clash = files({ 'a.mdx': 'A2', 'x': 'file', 'x/y.mdx': 'nested' });
    await expect(writeContentTree(target, clash)).rejects.toThrow(/both as a file and as the folder/);
    expect(await readFile(path.join(target, 'a.mdx'), 'utf8')).toBe('A');
    expect(await readFile(path.join(target, 'b.mdx'), 'utf8')).toBe('B');
  });

  it('leaves the previous tree whole when writing fails midway', async () => {
    await writeContentTree(target, files({ 'a.mdx': 'A', 'b.mdx': 'B', 'x': 'old file' }));
    // The new tree puts a page under "x/", which is a file of the old tree until the commit: writing fails after
    // other new files were written beside theirs.
    const failing = files({ 'a.mdx': 'A2', 'b.mdx': 'B2', 'x/y.mdx': 'nested' });
    await expect(writeContentTree(target, failing)).rejects.toThrow();
    expect(await readFile(path.join(target, 'a.mdx'), 'utf8')).toBe('A');
    expect(await readFile(path.join(target, 'b.mdx'), 'utf8')).toBe('B');
    expect(await readFile(path.join(target, 'x'), 'utf8')).toBe('old file');
    expect((await readdir(target)).sort()).toEqual(['.dossier-manifest.json', 'a.mdx', 'b.mdx', 'x']);
    expect((await readdir(dir)).sort()).toEqual(['content']);
  });

  it('an interrupted process (SIGKILL) leaves either the old or the new tree, whole', async () => {
    const old: Record<string, string> = {};
    const next: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) {
      old[`sources/s${i}.mdx`] = `old ${i}`;
      next[`sources/s${i}.mdx`] = `new ${i}`;
    }
    await writeContentTree(target, files(old));
    const script = path.join(dir, 'writer.ts');
    const modulePath = path.resolve(import.meta.dirname, '../../src/io/content.ts');
    await writeFile(
      script,
      `import { writeContentTree } from ${JSON.stringify(modulePath)};\n` +
        `const next = new Map(Object.entries(${JSON.stringify(next)}));\n` +
        `process.stdout.write('start\\n');\nawait writeContentTree(${JSON.stringify(target)}, next);\n`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 40));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // The next run recovers whatever the killed run left behind.
    await writeContentTree(target, files({ ...old, 'probe.mdx': 'x' })).catch(() => undefined);
    const listed = (await readdir(path.join(target, 'sources'))).length;
    expect(listed).toBe(3000);
    const sample = await readFile(path.join(target, 'sources/s1234.mdx'), 'utf8');
    expect(['old 1234', 'new 1234']).toContain(sample);
    expect((await readdir(dir)).filter((n) => n.startsWith('.content'))).toEqual([]);
  });
});

describe('writeContentTree path safety', () => {
  for (const bad of ['../outside.mdx', 'sources/../../outside.mdx', '/tmp/dossier-absolute.mdx', 'a//b.mdx', 'a\\..\\b.mdx', MANIFEST]) {
    it(`refuses ${JSON.stringify(bad)} before writing anything`, async () => {
      await writeContentTree(target, files({ 'sources/a.mdx': 'A' }));
      const error = await writeContentTree(target, files({ 'sources/a.mdx': 'A2', [bad]: 'x' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DossierError);
      expect((error as DossierError).diagnostic.rule).toBe('unsafe-path');
      expect(await readFile(path.join(target, 'sources/a.mdx'), 'utf8')).toBe('A');
      expect(existsSync(path.join(dir, 'outside.mdx'))).toBe(false);
      expect(existsSync('/tmp/dossier-absolute.mdx')).toBe(false);
    });
  }
});
