/**
 * `dossier deploy`: build the site for `/<prefix>/<version>/` and commit it under `<version>/` on
 * the deploy branch, with versions.json, alias folders and the root redirect, leaving every
 * other version's files exactly as they were. Like MkDocs' `mike deploy`.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseGraph } from '../diff/read-graph.ts';
import { buildInfoEnv } from './build-info.ts';
import type { BuildFn } from './build.ts';
import { defaultBuild } from './build.ts';
import { assertNotCheckedOut, commitStage, readFileAt } from './branch.ts';
import { listFiles } from './files.ts';
import { nameProblem } from './names.ts';
import { redirectPage, relativeUrl } from './redirect.ts';
import { openTarget, projectState, pushTarget } from './repo.ts';
import type { DeployTarget } from './repo.ts';
import type { AliasType, VersionEntry, VersionsFile } from './versions-file.ts';
import {
  aliasOwner, countGraph, emptyVersions, findVersion, parseVersions, previousVersion, resolveTarget, serializeVersions, upsertVersion,
} from './versions-file.ts';

export interface DeployOptions {
  /** Project root: seeds, content/, astro.config.mjs. */
  root: string;
  version: string;
  title?: string | undefined;
  aliases?: readonly string[] | undefined;
  aliasType?: AliasType | undefined;
  /** Repository holding the deploy branch: local path or URL (default: the project's). */
  repo?: string | undefined;
  branch?: string | undefined;
  remote?: string | undefined;
  push?: boolean | undefined;
  force?: boolean | undefined;
  allowDirty?: boolean | undefined;
  /** URL path where the branch root is served: `/` (user/org pages, custom domain) or `/<repo>/` (project pages). */
  prefix?: string | undefined;
  /** Version or alias the branch root redirects to. */
  defaultTarget?: string | undefined;
  message?: string | undefined;
  /** Clock (tests). */
  now?: Date | undefined;
  /** Site build (tests inject a small fake). */
  build?: BuildFn | undefined;
  log?: ((line: string) => void) | undefined;
}

export interface DeployResult {
  version: VersionEntry;
  versions: VersionsFile;
  branch: string;
  commit: string;
  previous: string | null;
  pushed: boolean;
}

export const DEFAULT_BRANCH = 'gh-pages';

/** `/`, `/docs/` … always with leading and trailing slashes. */
export function normalizePrefix(prefix: string | undefined): string {
  const parts = (prefix ?? '/').split('/').filter(Boolean);
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** versions.json of a deploy-branch commit (empty when there is no commit yet). */
export async function readVersionsFile(gitDir: string, commit: string | null, branch: string): Promise<VersionsFile> {
  const bytes = await readFileAt(gitDir, commit, 'versions.json');
  if (bytes === null) return emptyVersions();
  try {
    return parseVersions(bytes.toString('utf8'));
  } catch (e) {
    throw new Error(`versions.json on branch ${branch} is unreadable: ${(e as Error).message}`);
  }
}

/** Write the root files (versions.json, index.html redirect, 404.html, .nojekyll) into the stage. */
export async function stageRootFiles(stage: string, versions: VersionsFile, gitDir: string, base: string | null, freshOut?: { name: string; dir: string }): Promise<string[]> {
  await writeFile(join(stage, 'versions.json'), serializeVersions(versions));
  await writeFile(join(stage, '.nojekyll'), '');
  const paths = ['versions.json', '.nojekyll', 'index.html', '404.html'];
  const target = versions.default;
  const version = resolveTarget(versions, target);
  if (target === null || version === null) return paths; // no versions: index.html and 404.html are removed
  await writeFile(join(stage, 'index.html'), redirectPage(`${target}/`, versions.versions.find((v) => v.name === version)?.title));
  // GitHub Pages serves only the root 404.html for missing pages: use the default version's.
  const notFound = freshOut && freshOut.name === version
    ? await readFile(join(freshOut.dir, '404.html')).catch(() => null)
    : await readFileAt(gitDir, base, `${version}/404.html`);
  if (notFound) await writeFile(join(stage, '404.html'), notFound);
  return paths;
}

/** Fill `<stage>/<alias>/` for a version whose files are in `versionDir`. */
export async function stageAlias(stage: string, alias: string, version: string, versionDir: string, type: AliasType): Promise<void> {
  const files = await listFiles(versionDir);
  for (const file of files) {
    const dest = join(stage, alias, file);
    if (type === 'copy') {
      await mkdir(dirname(dest), { recursive: true });
      await copyFile(join(versionDir, file), dest);
    } else if (file.endsWith('.html')) {
      await mkdir(dirname(dest), { recursive: true });
      await writeFile(dest, redirectPage(relativeUrl(`${alias}/${file}`, `${version}/${file}`)));
    }
  }
  if (!files.length) await mkdir(join(stage, alias), { recursive: true });
}

function checkNames(o: DeployOptions): void {
  const problems = [o.version, ...(o.aliases ?? [])].map(nameProblem).filter((p): p is string => p !== null);
  if (problems.length) throw new Error(problems.join('; '));
  if (o.aliases?.includes(o.version)) throw new Error(`alias "${o.version}" is the version's own name`);
}

function checkAgainstBranch(o: DeployOptions, versions: VersionsFile, branch: string): void {
  if (findVersion(versions, o.version) && !o.force) {
    throw new Error(`version ${o.version} is already deployed on ${branch}: pass --force to rebuild and replace it, or choose another name`);
  }
  const owner = aliasOwner(versions, o.version);
  if (owner) throw new Error(`"${o.version}" is already an alias of version ${owner.name}: choose another version name`);
  for (const alias of o.aliases ?? []) {
    if (findVersion(versions, alias)) throw new Error(`alias "${alias}" is the name of a deployed version: choose another alias`);
  }
  if (o.defaultTarget && o.defaultTarget !== o.version && !(o.aliases ?? []).includes(o.defaultTarget) && resolveTarget(versions, o.defaultTarget) === null) {
    throw new Error(`--default ${o.defaultTarget} is neither this version, one of its aliases, nor a deployed version or alias`);
  }
}

export async function deploy(o: DeployOptions): Promise<DeployResult> {
  const log = o.log ?? (() => {});
  const branch = o.branch ?? DEFAULT_BRANCH;
  const prefix = normalizePrefix(o.prefix);
  const now = o.now ?? new Date();
  checkNames(o);

  const state = await projectState(o.root);
  if (state.dirty && !o.allowDirty) {
    const shown = state.changes.slice(0, 10).join('\n  ');
    throw new Error(`the working tree of ${o.root} has uncommitted changes; commit them (so the version records the exact seeds) or pass --allow-dirty:\n  ${shown}`);
  }

  const target: DeployTarget = await openTarget({
    root: o.root, repo: o.repo, branch, remote: o.remote ?? 'origin', push: o.push === true, writing: true,
  });
  const stage = await mkdtemp(join(tmpdir(), 'dossier-deploy-'));
  try {
    await assertNotCheckedOut(target.gitDir, branch);
    const before = await readVersionsFile(target.gitDir, target.parent, branch);
    checkAgainstBranch(o, before, branch);

    const prev = previousVersion(before, o.version);
    let previousGraphPath: string | null = null;
    if (prev) {
      const bytes = await readFileAt(target.gitDir, target.parent, `${prev.name}/graph.json`);
      if (bytes) {
        previousGraphPath = join(stage, '.previous-graph.json');
        await writeFile(previousGraphPath, bytes);
      } else {
        log(`warning: ${prev.name}/graph.json is missing on ${branch}: /changes/ will not compare`);
      }
    }

    const outDir = join(stage, o.version);
    const date = now.toISOString();
    const commitLabel = state.commit ? `${state.commit}${state.dirty ? '-dirty' : ''}` : null;
    const env = buildInfoEnv({
      version: o.version,
      buildDate: date,
      seedCommit: commitLabel,
      previousGraph: previousGraphPath,
      previousVersion: previousGraphPath ? prev?.name ?? null : null,
      versionsUrl: `${prefix}versions.json`,
    });
    log(`building ${o.version} for ${prefix}${o.version}/`);
    try {
      await (o.build ?? defaultBuild)({ root: o.root, base: `${prefix}${o.version}/`, outDir, env, log });
    } catch (e) {
      throw new Error(`build failed; the ${branch} branch was not touched.\n${(e as Error).message}`);
    }
    if (!existsSync(join(outDir, 'index.html'))) {
      throw new Error(`build produced no index.html in ${outDir}; the ${branch} branch was not touched`);
    }
    if (previousGraphPath) await rm(previousGraphPath, { force: true });

    // The version's graph: what the next version's /changes/ compares against.
    const graphFile = join(outDir, 'graph.json');
    if (!existsSync(graphFile)) {
      const content = join(o.root, 'content', 'graph.json');
      if (existsSync(content)) await copyFile(content, graphFile);
    }
    let counts = null;
    if (existsSync(graphFile)) counts = countGraph(parseGraph(await readFile(graphFile, 'utf8'), graphFile));
    else log('warning: no graph.json (content/graph.json missing): the next version cannot show changes');

    const existing = findVersion(before, o.version);
    const versions = upsertVersion(before, {
      name: o.version,
      title: o.title ?? existing?.title ?? o.version,
      date,
      commit: state.commit,
      dirty: state.dirty,
      aliasType: o.aliasType ?? existing?.aliasType ?? 'redirect',
      counts,
    }, o.aliases ?? [], o.defaultTarget ?? null);
    const entry = findVersion(versions, o.version)!;

    for (const alias of entry.aliases) await stageAlias(stage, alias, o.version, outDir, entry.aliasType);
    const rootPaths = await stageRootFiles(stage, versions, target.gitDir, target.parent, { name: o.version, dir: outDir });

    const message = o.message ?? `Deploy ${o.version}${entry.aliases.length ? ` (${entry.aliases.join(', ')})` : ''}`
      + `${state.commit ? ` from ${state.commit.slice(0, 12)}${state.dirty ? '-dirty' : ''}` : ''}`;
    const { commit } = await commitStage({
      gitDir: target.gitDir, branch, stage, message,
      paths: [o.version, ...entry.aliases, ...rootPaths],
      parent: target.parent,
    });
    log(`committed ${o.version} to ${branch} (${commit.slice(0, 12)})`);
    let pushed = false;
    if (target.pushTo) {
      await pushTarget(target);
      pushed = true;
      log(`pushed ${branch} to ${target.pushTo}`);
    }
    return { version: entry, versions, branch, commit, previous: previousGraphPath ? prev?.name ?? null : null, pushed };
  } finally {
    await rm(stage, { recursive: true, force: true });
    await target.cleanup();
  }
}
