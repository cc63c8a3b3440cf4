import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/commands/add.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let work: string;
beforeAll(async () => {
  server = await startServer();
  work = await mkdtemp(path.join(tmpdir(), 'dossier-add-cli-'));
});
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await run(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('dossier add (command)', () => {
  it('adds, reports duplicates and refusals, and exits 1 when something was refused', async () => {
    const seeds = path.join(work, 'seeds');
    const first = await capture([`${server.base}/page`, '--seeds', seeds]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('added');
    expect(first.out).toContain('1 added, 0 duplicates, 0 refused');
    const second = await capture([`${server.base}/page`, `${server.base}/missing`, '--seeds', seeds, '--timeout', '5']);
    expect(second.code).toBe(1);
    expect(second.out).toContain('duplicate');
    expect(second.out).toContain('harbor-times-2024-10-21-council-approves-bus-plan.html');
    expect(second.err).toContain('HTTP 404');
    expect((await readdir(seeds)).sort()).toEqual(['harbor-times-2024-10-21-council-approves-bus-plan.html', 'harbor-times-2024-10-21-council-approves-bus-plan.html.source.json']);
  });

  it('prints usage without inputs', async () => {
    expect((await capture([])).code).toBe(2);
  });
});
