import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { deploy } from '../../src/deploy/deploy.ts';
import { deleteVersion, listVersions } from '../../src/deploy/delete-version.ts';
import { parseVersions } from '../../src/deploy/versions-file.ts';
import type { BuildFn } from '../../src/deploy/build.ts';
import { graphV1, graphV2 } from './fixtures.ts';
import { blobs, fakeBuild, head, makeBare, makeProject, removeTempDirs, setGraph, sh, show, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const T1 = new Date('2025-02-12T08:00:00Z');
const T2 = new Date('2025-02-15T09:30:00Z');

/** Project with v1 and v2 deployed (alias latest) into a local bare repository. */
async function twoVersions() {
  const root = makeProject(graphV1());
  const repo = makeBare();
  const c1 = sh(root, ['rev-parse', 'HEAD']).trim();
  const r1 = await deploy({ root, repo, version: 'v1', title: 'Briefing of 12 February', aliases: ['latest'], now: T1, build: fakeBuild });
  const v1Blobs = blobs(repo, 'gh-pages', 'v1');
  const c2 = setGraph(root, graphV2());
  const r2 = await deploy({ root, repo, version: 'v2', title: 'Briefing of 15 February', aliases: ['latest'], now: T2, build: fakeBuild });
  return { root, repo, c1, c2, r1, r2, v1Blobs };
}

describe('deploy to a local bare repository', { timeout: 60_000 }, () => {
  it('commits v1 then v2 side by side, with versions.json, alias redirects and the root redirect', async () => {
    const { repo, c1, c2, r1, r2, v1Blobs } = await twoVersions();
    expect(r1.previous).toBeNull();
    expect(r2.previous).toBe('v1');
    const files = [...blobs(repo, 'gh-pages').keys()];
    for (const f of ['v1/index.html', 'v1/actors/dmitry-peskov/index.html', 'v1/graph.json', 'v2/index.html',
      'v2/actors/volodymyr-zelensky/index.html', 'v2/_astro/site.css', 'latest/index.html', 'latest/actors/volodymyr-zelensky/index.html',
      'versions.json', 'index.html', '404.html', '.nojekyll']) expect(files).toContain(f);
    expect(files).not.toContain('v1/actors/volodymyr-zelensky/index.html');
    // Redirect aliases are HTML only: assets stay in the version folder.
    expect(files.filter((f) => f.startsWith('latest/') && !f.endsWith('.html'))).toEqual([]);

    // Each version was built for its own base path, with its own build info.
    const v1Index = show(repo, 'gh-pages:v1/index.html');
    expect(v1Index).toContain('href="/v1/_astro/site.css"');
    expect(v1Index).toContain(`data-version="v1" data-date="2025-02-12T08:00:00.000Z" data-commit="${c1}" data-versions="/versions.json"`);
    expect(show(repo, 'gh-pages:v2/index.html')).toContain(`data-version="v2" data-date="2025-02-15T09:30:00.000Z" data-commit="${c2}"`);
    expect(show(repo, 'gh-pages:v2/graph.json')).toContain('"menafn-minerals"');

    const versions = parseVersions(show(repo, 'gh-pages:versions.json'));
    expect(versions.default).toBe('latest');
    expect(versions.versions.map((v) => [v.name, v.title, v.aliases, v.commit, v.date])).toEqual([
      ['v2', 'Briefing of 15 February', ['latest'], c2, '2025-02-15T09:30:00.000Z'],
      ['v1', 'Briefing of 12 February', [], c1, '2025-02-12T08:00:00.000Z'],
    ]);
    expect(versions.versions[0]!.counts).toMatchObject({ sources: 2, actors: 3, quotes: 2, figures: 2, events: 1, disagreements: 1 });

    // latest/ now redirects into v2, keeping the page; the root redirects to latest/.
    expect(show(repo, 'gh-pages:latest/actors/volodymyr-zelensky/index.html')).toContain('content="0; url=../../../v2/actors/volodymyr-zelensky/"');
    expect(show(repo, 'gh-pages:latest/index.html')).toContain('url=../v2/"');
    expect(files).not.toContain('latest/actors/dmitry-peskov/index.htm');
    expect(show(repo, 'gh-pages:index.html')).toContain('url=latest/"');
    expect(show(repo, 'gh-pages:404.html')).toContain('Not found in v2');

    // v1 is byte-identical after v2 was deployed.
    expect(blobs(repo, 'gh-pages', 'v1')).toEqual(v1Blobs);
    expect(v1Blobs.size).toBeGreaterThan(4);

    // Two deploys, two commits, linear history.
    expect(sh(repo, ['log', '--format=%s', 'gh-pages']).trim().split('\n')).toEqual([
      `Deploy v2 (latest) from ${c2.slice(0, 12)}`, `Deploy v1 (latest) from ${c1.slice(0, 12)}`,
    ]);
  });

  it("gives v2's /changes/ the graph of v1 from the deploy branch", async () => {
    const { repo } = await twoVersions();
    const changes = show(repo, 'gh-pages:v2/changes/index.html');
    expect(changes).toContain('since v1');
    expect(changes).toContain('new source menafn-minerals');
    expect(changes).toContain('removed source old-wire-brief');
    expect(show(repo, 'gh-pages:v1/changes/index.html')).toContain('first version');
  });

  it('refuses to overwrite a version without --force, and leaves the branch untouched', async () => {
    const { root, repo } = await twoVersions();
    const before = head(repo, 'gh-pages');
    await expect(deploy({ root, repo, version: 'v1', now: T2, build: fakeBuild })).rejects.toThrow(/v1 is already deployed on gh-pages: pass --force/);
    await expect(deploy({ root, repo, version: 'latest', now: T2, build: fakeBuild })).rejects.toThrow(/already an alias of version v2/);
    await expect(deploy({ root, repo, version: 'v3', aliases: ['v1'], now: T2, build: fakeBuild })).rejects.toThrow(/alias "v1" is the name of a deployed version/);
    await expect(deploy({ root, repo, version: '../etc', now: T2, build: fakeBuild })).rejects.toThrow(/not a valid name/);
    expect(head(repo, 'gh-pages')).toBe(before);
  });

  it('refuses a dirty working tree unless --allow-dirty, and records the dirt', async () => {
    const root = makeProject(graphV1());
    const repo = makeBare();
    writeFileSync(join(root, 'seeds', 'b.txt'), 'An uncommitted seed.\n');
    await expect(deploy({ root, repo, version: 'v1', now: T1, build: fakeBuild })).rejects.toThrow(/uncommitted changes[\s\S]*--allow-dirty[\s\S]*seeds\/b\.txt/);
    expect(head(repo, 'gh-pages')).toBeNull();
    const r = await deploy({ root, repo, version: 'v1', now: T1, build: fakeBuild, allowDirty: true });
    expect(r.version.dirty).toBe(true);
    expect(show(repo, 'gh-pages:v1/index.html')).toMatch(/data-commit="[0-9a-f]{40}-dirty"/);
  });

  it('leaves the deploy branch untouched when the build fails', async () => {
    const { root, repo } = await twoVersions();
    const before = head(repo, 'gh-pages');
    const failing: BuildFn = async (req) => {
      await fakeBuild(req); // half-written output must not leak into the branch
      throw new Error('astro build failed: boom');
    };
    await expect(deploy({ root, repo, version: 'v3', now: T2, build: failing })).rejects.toThrow(/build failed; the gh-pages branch was not touched[\s\S]*boom/);
    expect(head(repo, 'gh-pages')).toBe(before);
    const empty: BuildFn = async () => {};
    await expect(deploy({ root, repo, version: 'v3', now: T2, build: empty })).rejects.toThrow(/no index\.html/);
    expect(head(repo, 'gh-pages')).toBe(before);
  });

  it('redeploys with --force idempotently: same input, same tree, no new commit', async () => {
    const { root, repo, v1Blobs } = await twoVersions();
    const before = head(repo, 'gh-pages');
    const again = await deploy({ root, repo, version: 'v2', aliases: ['latest'], force: true, now: T2, build: fakeBuild });
    expect(again.commit).toBe(before);
    expect(head(repo, 'gh-pages')).toBe(before);
    // A later rebuild of v1 keeps its place in the list and touches only v1/ and the root files.
    const v2Blobs = blobs(repo, 'gh-pages', 'v2');
    const later = await deploy({ root, repo, version: 'v1', force: true, now: new Date('2025-03-01T00:00:00Z'), build: fakeBuild });
    expect(later.commit).not.toBe(before);
    const versions = parseVersions(show(repo, 'gh-pages:versions.json'));
    expect(versions.versions.map((v) => [v.name, v.aliases])).toEqual([['v2', ['latest']], ['v1', []]]);
    expect(versions.versions[1]!.title).toBe('Briefing of 12 February'); // kept when not given again
    expect(blobs(repo, 'gh-pages', 'v2')).toEqual(v2Blobs);
    expect(blobs(repo, 'gh-pages', 'v1')).not.toEqual(v1Blobs); // now built from the v2 graph
    expect(show(repo, 'gh-pages:v1/index.html')).toContain('data-date="2025-03-01T00:00:00.000Z"');
  });

  it('copies aliases when asked, byte for byte', async () => {
    const root = makeProject(graphV1());
    const repo = makeBare();
    await deploy({ root, repo, version: 'v1', aliases: ['latest', 'stable'], aliasType: 'copy', now: T1, build: fakeBuild });
    const all = blobs(repo, 'gh-pages');
    for (const [path, blob] of all) {
      if (!path.startsWith('v1/') || path === 'v1/graph.json') continue;
      expect(all.get(path.replace(/^v1\//, 'latest/'))).toBe(blob);
      expect(all.get(path.replace(/^v1\//, 'stable/'))).toBe(blob);
    }
  });

  it('builds for a path prefix (GitHub project pages)', async () => {
    const root = makeProject(graphV1());
    const repo = makeBare();
    await deploy({ root, repo, version: 'v1', prefix: 'dossier', now: T1, build: fakeBuild });
    const index = show(repo, 'gh-pages:v1/index.html');
    expect(index).toContain('href="/dossier/v1/_astro/site.css"');
    expect(index).toContain('data-versions="/dossier/versions.json"');
    expect(show(repo, 'gh-pages:index.html')).toContain('url=v1/"'); // relative: works under any prefix
  });

  it('deletes a version with a commit, moving the default and dropping its aliases', async () => {
    const { root, repo } = await twoVersions();
    const v2Blobs = blobs(repo, 'gh-pages', 'v2');
    await expect(deleteVersion({ root, repo, name: 'v9' })).rejects.toThrow(/v9 is not deployed on gh-pages \(deployed: v2, v1\)/);
    await deleteVersion({ root, repo, name: 'v1' });
    expect([...blobs(repo, 'gh-pages').keys()].filter((f) => f.startsWith('v1/'))).toEqual([]);
    expect(blobs(repo, 'gh-pages', 'v2')).toEqual(v2Blobs);
    expect((await listVersions({ root, repo })).versions.map((v) => v.name)).toEqual(['v2']);
    expect(sh(repo, ['log', '-1', '--format=%s', 'gh-pages']).trim()).toBe('Delete version v1');

    await deploy({ root, repo, version: 'v3', now: T2, build: fakeBuild });
    await deleteVersion({ root, repo, name: 'v2' });
    const files = [...blobs(repo, 'gh-pages').keys()];
    expect(files.some((f) => f.startsWith('latest/') || f.startsWith('v2/'))).toBe(false);
    const versions = parseVersions(show(repo, 'gh-pages:versions.json'));
    expect(versions.default).toBe('v3');
    expect(show(repo, 'gh-pages:index.html')).toContain('url=v3/"');
  });
});

describe('deploy into the project repository and push', { timeout: 60_000 }, () => {
  it('commits to the local gh-pages branch and pushes it to origin (never forced)', async () => {
    const root = makeProject(graphV1());
    const origin = makeBare();
    sh(root, ['remote', 'add', 'origin', origin]);
    await deploy({ root, version: 'v1', aliases: ['latest'], now: T1, build: fakeBuild });
    expect(head(root, 'gh-pages')).not.toBeNull();
    expect(head(origin, 'gh-pages')).toBeNull(); // not pushed without --push
    expect(sh(root, ['status', '--porcelain'])).toBe(''); // the project's checkout is untouched
    expect(sh(root, ['branch', '--show-current']).trim()).toBe('main');

    setGraph(root, graphV2());
    const r = await deploy({ root, version: 'v2', aliases: ['latest'], push: true, now: T2, build: fakeBuild });
    expect(r.pushed).toBe(true);
    expect(head(origin, 'gh-pages')).toBe(head(root, 'gh-pages'));

    // Someone else deploys from another clone; a stale local branch catches up before building on it.
    sh(root, ['push', '-q', 'origin', 'main']);
    const other = tempDir('clone');
    sh(other, ['clone', '-q', '-b', 'main', origin, '.']);
    sh(other, ['commit', '-q', '--allow-empty', '-m', 'x']);
    await deploy({ root: other, version: 'v3', push: true, now: T2, build: fakeBuild, allowDirty: false });
    const r4 = await deploy({ root, version: 'v4', push: true, now: T2, build: fakeBuild });
    expect(r4.versions.versions.map((v) => v.name)).toEqual(['v4', 'v3', 'v2', 'v1']);
    expect(head(origin, 'gh-pages')).toBe(r4.commit);

    // Diverged histories are refused, not overwritten.
    await deploy({ root: other, version: 'v5', now: T2, build: fakeBuild, repo: undefined });
    sh(other, ['fetch', '-q', 'origin']);
    await expect(deploy({ root: other, version: 'v6', push: true, now: T2, build: fakeBuild })).rejects.toThrow(/diverged; Dossier never force-pushes/);
    await expect(deploy({ root, version: 'v7', push: true, remote: 'nowhere', now: T2, build: fakeBuild })).rejects.toThrow(/has no remote "nowhere"/);
  });

  it('refuses to move a deploy branch that is checked out', async () => {
    const root = makeProject(graphV1());
    await deploy({ root, version: 'v1', now: T1, build: fakeBuild });
    const wt = tempDir('wt');
    sh(root, ['worktree', 'add', '-q', join(wt, 'pages'), 'gh-pages']);
    await expect(deploy({ root, version: 'v2', now: T2, build: fakeBuild })).rejects.toThrow(/gh-pages is checked out in .*pages/);
  });

  it('deploys to a repository URL only with --push', async () => {
    const root = makeProject(graphV1());
    const remote = makeBare();
    const url = `file://${remote}`;
    await expect(deploy({ root, repo: url, version: 'v1', now: T1, build: fakeBuild })).rejects.toThrow(/remote URL: add --push/);
    await deploy({ root, repo: url, version: 'v1', push: true, now: T1, build: fakeBuild });
    await deploy({ root, repo: url, version: 'v2', push: true, now: T2, build: fakeBuild });
    expect((await listVersions({ root, repo: url })).versions.map((v) => v.name)).toEqual(['v2', 'v1']);
    expect(sh(remote, ['rev-list', '--count', 'gh-pages']).trim()).toBe('2');
  });
});
