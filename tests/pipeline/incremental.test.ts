/**
 * Incremental runs (the emit memo, src/emit/memo.ts): after any change to the seeds, a run that reuses the last run's
 * pages leaves content/ byte-identical to a run that builds everything, and builds only some of the page groups.
 * Changes: a paragraph added to a seed, a new seed, a seed removed, a source's date changed, an editor's catalog,
 * a generated file edited by hand (Dossier puts it back), the content folder deleted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline.ts';

let root: string;
const seeds = () => path.join(root, 'inc', 'seeds');

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(path.relative(dir, path.join(e.parentPath, e.name)), fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}

/** A run that reuses (inc/) and a run that builds everything from the same seeds (full/, no cache): equal trees. */
async function check(what: string): Promise<PipelineResult> {
  const inc = await runPipeline({ root: path.join(root, 'inc'), workers: 0 });
  const full = path.join(root, 'full');
  fs.rmSync(full, { recursive: true, force: true });
  fs.mkdirSync(full, { recursive: true });
  fs.cpSync(seeds(), path.join(full, 'seeds'), { recursive: true });
  await runPipeline({ root: full, workers: 0, cacheDir: null });
  const a = tree(path.join(root, 'inc', 'content')), b = tree(path.join(full, 'content'));
  expect([...a.keys()].sort(), what).toEqual([...b.keys()].sort());
  for (const [file, text] of b) expect(a.get(file), `${what}: ${file}`).toBe(text);
  return inc;
}

const seedFiles = () => fs.readdirSync(seeds()).filter((f) => /\.(txt|md|html)$/.test(f)).sort();

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-incremental-'));
  fs.mkdirSync(seeds(), { recursive: true });
  for (const f of generateCorpus({ n: 60, seed: 11 })) fs.writeFileSync(path.join(seeds(), f.name), f.text);
  await runPipeline({ root: path.join(root, 'inc'), workers: 0 });
}, 120_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('incremental runs give what a full build gives', () => {
  it('with nothing changed, builds only the pages of the whole archive (overview, timeline)', async () => {
    const run = await check('no change');
    expect(run.pageGroups.built).toBeLessThanOrEqual(2);
    expect(run.write.written).toEqual([]);
  }, 120_000);

  it('after a paragraph with a quote, a figure and a date is added to one seed', async () => {
    const md = seedFiles().find((f) => f.endsWith('.md'))!;
    fs.appendFileSync(path.join(seeds(), md), '\nThe ministry said on Monday that a revised offer worth $3.5 billion would be published "within days, not weeks".\n');
    const run = await check('paragraph added');
    expect(run.pageGroups.built).toBeGreaterThan(2);
    expect(run.pageGroups.built).toBeLessThan(run.pageGroups.total / 2);
  }, 120_000);

  it('after a new seed, a removed seed and a changed date', async () => {
    const files = seedFiles();
    const txt = files.find((f) => f.endsWith('.txt') && !/error|empty/.test(f))!;
    fs.writeFileSync(path.join(seeds(), 'zz-new-copy.txt'), fs.readFileSync(path.join(seeds(), txt), 'utf8').replace(/\bsaid\b/, 'told reporters'));
    fs.rmSync(path.join(seeds(), files.filter((f) => f.endsWith('.html'))[2]!));
    const md = files.filter((f) => f.endsWith('.md'))[3]!;
    const text = fs.readFileSync(path.join(seeds(), md), 'utf8');
    fs.writeFileSync(path.join(seeds(), md), text.replace(/^date: .*$/m, 'date: 2021-03-04'));
    await check('new, removed and re-dated seeds');
  }, 120_000);

  it('after the editor adds a catalog that merges and renames actors', async () => {
    const graph = JSON.parse(fs.readFileSync(path.join(root, 'inc', 'content', 'graph.json'), 'utf8')) as { actors: { name: string; kind: string }[] };
    const people = graph.actors.filter((a) => a.kind === 'person');
    fs.writeFileSync(path.join(seeds(), 'catalog.yaml'), `actors:\n  - name: ${JSON.stringify(people[0]!.name + ' Jr')}\n    kind: person\n    merge: [${JSON.stringify(people[0]!.name)}, ${JSON.stringify(people[1]!.name)}]\n`);
    const run = await check('catalog');
    expect(run.pageGroups.built).toBeGreaterThan(2);
  }, 120_000);

  it('after rounds of random edits: names swapped, sentences naming other actors added, paragraphs dropped', async () => {
    let state = 7;
    const rand = (n: number) => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state % n; };
    const graph = JSON.parse(fs.readFileSync(path.join(root, 'inc', 'content', 'graph.json'), 'utf8')) as { actors: { name: string }[] };
    const names = graph.actors.map((a) => a.name).filter((n) => n.includes(' '));
    for (let round = 0; round < 4; round++) {
      const files = seedFiles().filter((f) => !/error|empty/.test(f));
      for (let k = 0; k < 3; k++) {
        const file = path.join(seeds(), files[rand(files.length)]!);
        let text = fs.readFileSync(file, 'utf8');
        const [a, b] = [names[rand(names.length)]!, names[rand(names.length)]!];
        const edit = rand(3);
        if (edit === 0 && text.includes(a)) text = text.split(a).join(b);
        else if (edit === 1) text += `\n${a} said on Tuesday that talks with ${b} would resume, and put the cost at $${1 + rand(90)} million.\n`;
        else {
          const paras = text.split(/\n\s*\n/);
          if (paras.length > 4) paras.splice(1 + rand(paras.length - 2), 1);
          text = paras.join('\n\n');
        }
        fs.writeFileSync(file, text);
      }
      await check(`random edits, round ${round + 1}`);
    }
  }, 240_000);

  it('puts back a generated page edited by hand, and rebuilds a deleted content folder', async () => {
    const content = path.join(root, 'inc', 'content');
    const page = path.join(content, 'actors', fs.readdirSync(path.join(content, 'actors')).sort()[0]!);
    fs.appendFileSync(page, '\nHand-written line.\n');
    const run = await check('hand edit');
    expect(run.write.written.some((f) => page.endsWith(f))).toBe(true);
    fs.rmSync(content, { recursive: true, force: true });
    await check('content folder deleted');
  }, 120_000);
});
