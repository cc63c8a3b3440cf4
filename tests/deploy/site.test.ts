/**
 * Real deploys: the pipeline and `astro build` for two versions of the seeds, committed to a local
 * bare repository, then served and driven in Chromium (the version switcher, aliases, /changes/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { deploy } from '../../src/deploy/deploy.ts';
import { runAstroBuild } from '../../src/deploy/build.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { diffGraphs } from '../../src/diff/graph-diff.ts';
import { parseGraph } from '../../src/diff/read-graph.ts';
import { parseVersions } from '../../src/deploy/versions-file.ts';
import { blobs, makeBare, removeTempDirs, sh, show, tempDir } from './helpers.ts';
import { copyProject, ensureSwitcherInLayout } from './project-copy.ts';
import { serveStatic } from './static-server.ts';

const ROOT = process.cwd();
const siteReady = existsSync(join(ROOT, 'src', 'layouts', 'Base.astro')) && existsSync(join(ROOT, 'src', 'pages', 'index.astro'));
const CHROMIUM = '/usr/bin/chromium';

function htmlFiles(repo: string, version: string): Set<string> {
  return new Set([...blobs(repo, 'gh-pages', version).keys()].filter((f) => f.endsWith('.html')).map((f) => f.slice(version.length + 1)));
}

describe.skipIf(!siteReady)('real versioned deploys', { timeout: 600_000 }, () => {
  let project = '';
  let repo = '';
  let withheld = '';
  let served = '';
  let plain = '';
  let server: Awaited<ReturnType<typeof serveStatic>> | null = null;
  let browser: Browser | null = null;

  beforeAll(async () => {
    project = copyProject(ROOT);
    ensureSwitcherInLayout(project);
    repo = makeBare();
    // v1: every seed but the last; v2: all of them.
    const seeds = readdirSync(join(project, 'seeds')).filter((f) => !f.startsWith('.') && /\.(txt|md|html?)$/i.test(f)).sort();
    withheld = seeds[seeds.length - 1]!;
    const held = readFileSync(join(project, 'seeds', withheld));
    rmSync(join(project, 'seeds', withheld));
    await runPipeline({ root: project }); // as a user would: commit the seeds with their content/
    sh(project, ['add', '-A']);
    sh(project, ['commit', '-q', '-m', 'v1 seeds']);
    await deploy({ root: project, repo, version: 'v1', title: 'First briefing', aliases: ['latest'] });
    execFileSync('sh', ['-c', 'cat > "$1"', 'sh', join(project, 'seeds', withheld)], { input: held });
    await runPipeline({ root: project });
    sh(project, ['add', '-A']);
    sh(project, ['commit', '-q', '-m', 'v2 seeds']);
    await deploy({ root: project, repo, version: 'v2', title: 'Second briefing', aliases: ['latest'] });
    // A plain build of the same project (no deploy): no version information anywhere.
    plain = tempDir('plain');
    await runAstroBuild({ root: project, base: '/', outDir: plain, env: {} });
    served = tempDir('served');
    execFileSync('sh', ['-c', `git --git-dir="$1" archive gh-pages | tar -x -C "$2"`, 'sh', repo, served]);
    server = await serveStatic(served);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeTempDirs();
  });

  it('commits both builds, each for its own base path, with the graph and build info', () => {
    const versions = parseVersions(show(repo, 'gh-pages:versions.json'));
    expect(versions.versions.map((v) => [v.name, v.aliases])).toEqual([['v2', ['latest']], ['v1', []]]);
    const v2Index = show(repo, 'gh-pages:v2/index.html');
    expect(v2Index).toMatch(/(href|src)="\/v2\/_astro\//);
    expect(v2Index).not.toMatch(/(href|src)="\/_astro\//);
    expect(v2Index).toContain('data-version="v2"');
    expect(v2Index).toMatch(/from seeds <code title="[0-9a-f]{40}"[^>]*>[0-9a-f]{12}<\/code>/);
    expect(show(repo, 'gh-pages:v1/index.html')).toContain('data-version="v1"');
    const g1 = parseGraph(show(repo, 'gh-pages:v1/graph.json'), 'v1');
    const g2 = parseGraph(show(repo, 'gh-pages:v2/graph.json'), 'v2');
    expect(g2.sources.length).toBe(g1.sources.length + 1);
  });

  it('keeps content/ free of build information, and a plain build shows no version', () => {
    // Each deploy re-ran the pipeline on committed seeds: content/ is exactly as committed, no build date in it.
    expect(sh(project, ['status', '--porcelain'])).toBe('');
    const index = readFileSync(join(plain, 'index.html'), 'utf8');
    expect(index).not.toContain('class="version-switcher"');
    expect(index).not.toMatch(/data-version="/);
    const changes = readFileSync(join(plain, 'changes', 'index.html'), 'utf8');
    expect(changes).toContain('This build is not a published version');
    expect(changes).not.toContain('data-change=');
  });

  it("lists on v2's /changes/ exactly what its graph adds to v1's, linked to existing pages", () => {
    const g1 = parseGraph(show(repo, 'gh-pages:v1/graph.json'), 'v1');
    const g2 = parseGraph(show(repo, 'gh-pages:v2/graph.json'), 'v2');
    const d = diffGraphs(g1, g2);
    const page = show(repo, 'gh-pages:v2/changes/index.html');
    const files = new Set(blobs(repo, 'gh-pages').keys());
    expect(d.sources.added).toHaveLength(1);
    for (const s of d.sources.added) {
      expect(page).toContain(`href="/v2/sources/${s.slug}/"`);
      expect(files).toContain(`v2/sources/${s.slug}/index.html`);
    }
    for (const a of d.actors.added) {
      expect(page).toContain(`href="/v2/actors/${a.id}/"`);
      expect(files).toContain(`v2/actors/${a.id}/index.html`);
    }
    for (const q of d.quotes.added) expect(page).toContain(`data-id="${q.id}"`);
    expect((page.match(/data-change="/g) ?? []).length).toBe(
      d.sources.added.length + d.sources.removed.length + d.actors.added.length + d.actors.removed.length + d.quotes.added.length
      + d.figures.changed.length + d.figures.added.length + d.events.added.length + d.disagreements.added.length);
    expect(show(repo, 'gh-pages:v1/changes/index.html')).toContain('first published version');
  });

  it('switches versions in a real browser, keeping the page when it exists', async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = await browser.newPage();
    const origin = server!.origin;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // The root redirects to latest/, which redirects into v2.
    await page.goto(`${origin}/`);
    await page.waitForURL(`${origin}/v2/`);

    // A page both versions have: v1 says it is outdated, and switching keeps the page.
    const shared = [...htmlFiles(repo, 'v1')].find((f) => f.startsWith('actors/') && htmlFiles(repo, 'v2').has(f))!;
    expect(shared).toBeTruthy();
    const sharedPath = shared.replace(/index\.html$/, '');
    await page.goto(`${origin}/v1/${sharedPath}`);
    const select = page.locator('[data-version-switcher] select');
    await select.waitFor({ state: 'visible', timeout: 30_000 }); // filled once versions.json has loaded
    expect(await select.locator('option').allTextContents()).toEqual(['v2 — Second briefing (latest)', 'v1 — First briefing']);
    expect(await select.inputValue()).toBe('v1');
    await page.locator('[data-outdated]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('[data-outdated] a').getAttribute('href')).toBe(`${origin}/v2/${sharedPath}`);
    await select.selectOption('v2');
    await page.waitForURL(`${origin}/v2/${sharedPath}`);
    expect(await page.locator('[data-outdated]').isVisible()).toBe(false);

    // A page only v2 has: switching to v1 falls back to v1's overview.
    const onlyV2 = [...htmlFiles(repo, 'v2')].find((f) => f.startsWith('sources/') && !htmlFiles(repo, 'v1').has(f))!;
    expect(onlyV2).toBeTruthy();
    await page.goto(`${origin}/v2/${onlyV2.replace(/index\.html$/, '')}`);
    await page.locator('[data-version-switcher] select').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('[data-version-switcher] select').selectOption('v1');
    await page.waitForURL(`${origin}/v1/`);

    // An alias keeps the page and its fragment.
    await page.goto(`${origin}/latest/${sharedPath}#main`);
    await page.waitForURL(`${origin}/v2/${sharedPath}#main`);

    // The version label works without versions.json too (e.g. opened from a copy of one folder).
    await page.route('**/versions.json', (route) => route.abort());
    await page.goto(`${origin}/v2/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-static-label]').textContent()).toContain('v2');
    expect(await page.locator('[data-static-label]').isVisible()).toBe(true);
    expect(await page.locator('[data-version-switcher] select').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});
