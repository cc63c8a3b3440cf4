import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.ts';

const root = await mkdtemp(path.join(tmpdir(), 'dossier-notes-'));
afterAll(() => rm(root, { recursive: true, force: true }));

it('keeps editor notes, and warns by file about a note whose page no longer exists', async () => {
  await cp(path.resolve(import.meta.dirname, '../../seeds'), path.join(root, 'seeds'), { recursive: true });
  await runPipeline({ root });
  await mkdir(path.join(root, 'content/notes/actors'), { recursive: true });
  await writeFile(path.join(root, 'content/notes/actors/donald-trump.mdx'), 'Editor: see also the briefing of 12 February.\n');
  await writeFile(path.join(root, 'content/notes/actors/nobody-at-all.mdx'), 'Orphan.\n');
  const result = await runPipeline({ root });
  const notes = result.diagnostics.filter((d) => d.rule === 'orphan-note');
  expect(notes.map((d) => d.file)).toEqual(['content/notes/actors/nobody-at-all.mdx']);
  expect(await readFile(path.join(root, 'content/notes/actors/donald-trump.mdx'), 'utf8')).toMatch(/Editor:/);
});
