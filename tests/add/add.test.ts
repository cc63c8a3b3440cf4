import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addSources } from '../../src/add/collect.ts';
import { folderStore } from '../../src/add/seed-store.ts';
import { ingest } from '../../src/ingest/index.ts';
import { readSeeds } from '../../src/io/seeds.ts';
import { ARTICLE, startServer, type TestServer } from './server.ts';

let server: TestServer;
let seeds: string;
let work: string;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'dossier-add-'));
  seeds = path.join(work, 'seeds');
  await mkdir(seeds);
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const list = async () => (await readdir(seeds)).sort();

describe('dossier add <url>', () => {
  it('stores the page as it came, under a readable name, with a provenance sidecar', async () => {
    const report = await addSources([`${server.base}/redirect`], folderStore(seeds));
    expect(report.refused).toEqual([]);
    const name = 'harbor-times-2024-10-21-council-approves-bus-plan.html';
    expect(report.added).toEqual([{ input: `${server.base}/redirect`, file: name, duplicateOf: null }]);
    expect(await list()).toEqual([name, `${name}.source.json`]);
    expect(await readFile(path.join(seeds, name), 'utf8')).toBe(ARTICLE('Council approves bus plan', `${server.base}/page`));
    const provenance = JSON.parse(await readFile(path.join(seeds, `${name}.source.json`), 'utf8'));
    expect(provenance).toMatchObject({ url: `${server.base}/redirect`, finalUrl: `${server.base}/page`, status: 200, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Number.isNaN(Date.parse(provenance.retrievedAt))).toBe(false);
    // The seed reader loads the sidecar, and ingest carries it into the Source.
    const { sources } = ingest((await readSeeds(seeds, 'seeds')).seeds);
    expect(sources[0]!.provenance).toEqual(provenance);
  });

  it('refuses the same URL again without fetching it, naming the existing file', async () => {
    await addSources([`${server.base}/page`], folderStore(seeds));
    const before = server.requests.length;
    const report = await addSources([`${server.base}/page?utm_source=newsletter#top`], folderStore(seeds));
    expect(server.requests.length).toBe(before);
    expect(report.added).toEqual([]);
    expect(report.duplicates).toEqual([{ input: `${server.base}/page?utm_source=newsletter#top`, existing: 'harbor-times-2024-10-21-council-approves-bus-plan.html', reason: 'same URL' }]);
  });

  it('refuses the same article under a second URL (same text), and keeps it with --force as a marked duplicate', async () => {
    const first = await addSources([`${server.base}/news/a`], folderStore(seeds));
    const second = await addSources([`${server.base}/mirror/b`], folderStore(seeds));
    expect(second.duplicates).toEqual([{ input: `${server.base}/mirror/b`, existing: first.added[0]!.file, reason: 'same text' }]);
    expect(await list()).toHaveLength(2);
    const forced = await addSources([`${server.base}/mirror/b`], folderStore(seeds), { force: true });
    expect(forced.added).toEqual([{ input: `${server.base}/mirror/b`, file: 'coast-wire-2024-10-21-council-approves-bus-plan.html', duplicateOf: first.added[0]!.file }]);
    const sidecar = JSON.parse(await readFile(path.join(seeds, `${forced.added[0]!.file}.source.json`), 'utf8'));
    expect(sidecar.duplicateOf).toBe(first.added[0]!.file);
    // The forced copy sorts first by name, yet it is the one marked (its sidecar names the original).
    const files = (await readSeeds(seeds, 'seeds')).seeds.map((f) => ({ ...f, provenance: JSON.parse(readFileSync(path.join(seeds, `${f.name}.source.json`), 'utf8')) }));
    const { sources } = ingest(files);
    const copy = sources.find((s) => s.file.startsWith('coast-wire'))!;
    expect(sources.find((s) => s.file.startsWith('harbor-times'))!.duplicateOf).toBeNull();
    expect(copy.duplicateOf).toBe(sources.find((s) => s.file.startsWith('harbor-times'))!.id);
  });

  it('saves nothing for error pages, PDFs, timeouts, oversized pages and empty pages', async () => {
    const inputs = ['/missing', '/forbidden', '/report.pdf', '/slow', '/huge', '/empty'].map((p) => server.base + p);
    const report = await addSources(inputs, folderStore(seeds), { fetch: { timeoutMs: 300, maxBytes: 1024 * 1024 } });
    expect(report.added).toEqual([]);
    expect(report.refused.map((r) => r.input)).toEqual(inputs);
    expect(report.refused.map((r) => r.reason)).toEqual([
      expect.stringContaining('HTTP 404'),
      expect.stringContaining('HTTP 403'),
      expect.stringContaining('application/pdf'),
      expect.stringContaining('timeout'),
      expect.stringContaining('limit'),
      expect.stringContaining('empty'),
    ]);
    expect(await list()).toEqual([]);
  });

  it('refuses other schemes', async () => {
    const report = await addSources(['ftp://127.0.0.1/a.html'], folderStore(seeds));
    expect(report.refused).toEqual([{ input: 'ftp://127.0.0.1/a.html', reason: 'only http and https URLs can be fetched' }]);
  });
});

describe('dossier add <file|folder>', () => {
  it('adds every supported file of a folder, skips saved-page asset folders, and reports the rest', async () => {
    const inbox = path.join(work, 'inbox');
    await mkdir(path.join(inbox, 'wire', 'Page_files'), { recursive: true });
    await writeFile(path.join(inbox, 'saved.html'), ARTICLE('Strike ends after three weeks', 'https://www.harbortimes.com/news/strike-ends'));
    await writeFile(path.join(inbox, 'wire', 'Page_files', 'style.css'), 'body{}');
    await writeFile(path.join(inbox, 'wire', 'a-note.md'), '---\ntitle: Mediator joins bus talks\ndate: 2024-10-28\npublisher: Harbor Public Media\n---\n\nThe mediator convened the session at 10 a.m. on Monday.\n');
    await writeFile(path.join(inbox, 'wire', 'b-copy.txt'), 'Mediator joins bus talks\n\nThe mediator convened the session at 10 a.m. on Monday.\n');
    await writeFile(path.join(inbox, 'scan.pdf'), '%PDF-1.7');
    const report = await addSources([inbox], folderStore(seeds));
    expect(report.added.map((a) => a.file)).toEqual(['harbor-times-2024-10-21-strike-ends-after-three-weeks.html', 'harbor-public-media-2024-10-28-mediator-joins-bus-talks.md']);
    expect(report.duplicates).toEqual([{ input: path.join(inbox, 'wire', 'b-copy.txt'), existing: 'harbor-public-media-2024-10-28-mediator-joins-bus-talks.md', reason: 'same text' }]);
    expect(report.refused).toEqual([{ input: path.join(inbox, 'scan.pdf'), reason: 'unsupported file type' }]);
    const sidecar = JSON.parse(await readFile(path.join(seeds, 'harbor-times-2024-10-21-strike-ends-after-three-weeks.html.source.json'), 'utf8'));
    expect(sidecar).toMatchObject({ url: null, finalUrl: null, retrievedAt: null, status: null });
  });

  it('keeps only the HTML of an MHTML page', async () => {
    const html = ARTICLE('Council approves bus plan', null);
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://www.harbortimes.com/news/bus-plan',
      'Subject: Council approves bus plan',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc"',
      '',
      '------MultipartBoundary--abc',
      'Content-Type: text/html',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://www.harbortimes.com/news/bus-plan',
      '',
      Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n'),
      '------MultipartBoundary--abc',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '------MultipartBoundary--abc--',
    ].join('\r\n');
    const file = path.join(work, 'page.mhtml');
    await writeFile(file, mhtml);
    const report = await addSources([file], folderStore(seeds));
    expect(report.added.map((a) => a.file)).toEqual(['harbor-times-2024-10-21-council-approves-bus-plan.html']);
    expect(await readFile(path.join(seeds, report.added[0]!.file), 'utf8')).toBe(html);
    const sidecar = JSON.parse(await readFile(path.join(seeds, `${report.added[0]!.file}.source.json`), 'utf8'));
    expect(sidecar.url).toBe('https://www.harbortimes.com/news/bus-plan');
  });

  it('never overwrites: a taken name gets a suffix', async () => {
    await writeFile(path.join(seeds, 'harbor-times-2024-10-21-council-approves-bus-plan.html'), 'An unrelated note that happens to have this name.\n\nIt says something else entirely about other matters.\n');
    const report = await addSources([`${server.base}/page`], folderStore(seeds));
    expect(report.added.map((a) => a.file)).toEqual(['harbor-times-2024-10-21-council-approves-bus-plan-2.html']);
    expect(await readFile(path.join(seeds, 'harbor-times-2024-10-21-council-approves-bus-plan.html'), 'utf8')).toMatch(/^An unrelated note/);
  });
});
