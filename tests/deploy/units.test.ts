import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { redirectPage, relativeUrl } from '../../src/deploy/redirect.ts';
import { nameProblem } from '../../src/deploy/names.ts';
import { normalizePrefix } from '../../src/deploy/deploy.ts';
import { buildInfoEnv, readBuildInfo } from '../../src/deploy/build-info.ts';
import { emptyVersions, parseVersions, previousVersion, removeVersion, serializeVersions, upsertVersion } from '../../src/deploy/versions-file.ts';
import type { VersionEntry } from '../../src/deploy/versions-file.ts';
import { locate, optionLabel, readVersions, samePageIn } from '../../src/components/deploy/version-switcher.ts';
import { run as runDiff } from '../../src/cli/commands/diff.ts';
import { formatVersions } from '../../src/cli/commands/versions.ts';
import { graphV1, graphV2 } from './fixtures.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

describe('redirect pages', () => {
  it('link relatively, so the branch works under any path prefix', () => {
    expect(relativeUrl('latest/actors/x/index.html', 'v2/actors/x/index.html')).toBe('../../../v2/actors/x/');
    expect(relativeUrl('latest/index.html', 'v2/index.html')).toBe('../v2/');
    expect(relativeUrl('latest/404.html', 'v2/404.html')).toBe('../v2/404.html');
    expect(relativeUrl('index.html', 'latest/index.html')).toBe('latest/');
  });
  it('escape the target and keep the fragment', () => {
    const html = redirectPage('../v2/a"b</script>/');
    expect(html).toContain('content="0; url=../v2/a&quot;b&lt;/script&gt;/"');
    expect(html).not.toContain('a"b</script>');
    expect(html).toContain('+ location.search + location.hash');
  });
});

describe('names', () => {
  it('accept dates and semver-like names, refuse paths and root files', () => {
    for (const ok of ['v1', '2025-02-15', '1.2.0', 'latest', 'release_candidate']) expect(nameProblem(ok)).toBeNull();
    for (const bad of ['', '../x', 'a/b', '.hidden', 'a..b', 'x.', 'versions.json', 'index.html', 'with space', 'ü']) expect(nameProblem(bad)).not.toBeNull();
  });
  it('normalise the URL prefix', () => {
    expect(normalizePrefix(undefined)).toBe('/');
    expect(normalizePrefix('dossier')).toBe('/dossier/');
    expect(normalizePrefix('/a/b/')).toBe('/a/b/');
  });
});

function entry(name: string): Omit<VersionEntry, 'aliases'> {
  return { name, title: name, date: '2025-01-01T00:00:00.000Z', commit: null, dirty: false, aliasType: 'redirect', counts: null };
}

describe('versions.json', () => {
  it('puts new versions first, moves aliases, keeps redeployed versions in place', () => {
    let f = upsertVersion(emptyVersions(), entry('v1'), ['latest'], null);
    f = upsertVersion(f, entry('v2'), ['latest'], null);
    expect(f.versions.map((v) => [v.name, v.aliases])).toEqual([['v2', ['latest']], ['v1', []]]);
    expect(f.default).toBe('latest');
    f = upsertVersion(f, { ...entry('v1'), title: 'again' }, ['old'], null);
    expect(f.versions.map((v) => [v.name, v.title, v.aliases])).toEqual([['v2', 'v2', ['latest']], ['v1', 'again', ['old']]]);
    expect(previousVersion(f, 'v3')?.name).toBe('v2');
    expect(previousVersion(f, 'v2')?.name).toBe('v1');
    expect(previousVersion(f, 'v1')).toBeNull();
    expect(parseVersions(serializeVersions(f))).toEqual(f);
  });
  it('moves the default off a deleted version', () => {
    let f = upsertVersion(emptyVersions(), entry('v1'), ['stable'], null);
    f = upsertVersion(f, entry('v2'), ['latest'], 'latest');
    expect(removeVersion(f, 'v1').default).toBe('latest');
    expect(removeVersion(f, 'v2').default).toBe('stable');
    expect(removeVersion(removeVersion(f, 'v2'), 'v1').default).toBeNull();
  });
  it('rejects files that are not versions files', () => {
    expect(() => parseVersions('{"versions": []}')).toThrow(/dossier-versions\/1/);
  });
});

describe('build info', () => {
  it('round-trips through the environment and ignores empty values', () => {
    const info = { version: 'v2', buildDate: '2025-02-15T00:00:00.000Z', seedCommit: 'abc', previousGraph: null, previousVersion: null, versionsUrl: '/versions.json' };
    expect(readBuildInfo(buildInfoEnv(info))).toEqual(info);
    expect(readBuildInfo({ DOSSIER_VERSION: '  ' }).version).toBeNull();
  });
});

describe('version switcher (pure parts)', () => {
  it('finds the page inside its version or alias folder', () => {
    expect(locate('/dossier/v1/actors/x/', '/dossier/')).toEqual({ folder: 'v1', rest: 'actors/x/' });
    expect(locate('/latest/', '/')).toEqual({ folder: 'latest', rest: '' });
    expect(locate('/elsewhere/', '/dossier/')).toBeNull();
    expect(samePageIn(new URL('https://h.example/dossier/'), 'v2', 'actors/x/').href).toBe('https://h.example/dossier/v2/actors/x/');
  });
  it('reads versions.json leniently and labels options', () => {
    const list = readVersions({ versions: [{ name: 'v2', title: 'Briefing of 15 February', aliases: ['latest'] }, { name: 'v1' }, { bogus: true }] });
    expect(list.map(optionLabel)).toEqual(['v2 — Briefing of 15 February (latest)', 'v1']);
    expect(readVersions(null)).toEqual([]);
  });
});

describe('CLI', () => {
  it('`dossier diff` prints the changes between two graph files, or says what is wrong', async () => {
    const dir = tempDir('diff');
    writeFileSync(join(dir, 'old.json'), JSON.stringify(graphV1()));
    writeFileSync(join(dir, 'new.json'), JSON.stringify(graphV2()));
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
    try {
      expect(await runDiff([join(dir, 'old.json'), join(dir, 'new.json')])).toBe(0);
      expect(out.join('')).toContain('New actors (1)\n  + volodymyr-zelensky: Volodymyr Zelensky (person)');
      out.length = 0;
      expect(await runDiff([join(dir, 'old.json'), join(dir, 'missing.json')])).toBe(1);
      expect(out.join('')).toMatch(/cannot read .*missing\.json: no such file/);
      expect(await runDiff(['one.json'])).toBe(2);
    } finally {
      spy.mockRestore();
      err.mockRestore();
      removeTempDirs();
    }
  });
  it('`dossier versions` marks aliases and the default', () => {
    let f = upsertVersion(emptyVersions(), { ...entry('v1'), commit: '0123456789abcdef0123' }, [], null);
    f = upsertVersion(f, { ...entry('v2'), title: 'Second' }, ['latest'], null);
    expect(f.default).toBe('latest'); // a default naming a bare version follows the newest deploy
    f = upsertVersion(f, { ...entry('v1'), commit: '0123456789abcdef0123' }, [], 'v1');
    expect(formatVersions(f)).toBe(
      'v2 [latest]  “Second”  2025-01-01T00:00:00.000Z  no commit\n'
      + 'v1 [default]  2025-01-01T00:00:00.000Z  0123456789ab\n');
    expect(formatVersions(emptyVersions())).toBe('No versions deployed.\n');
  });
});
