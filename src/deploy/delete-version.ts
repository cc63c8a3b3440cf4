/**
 * `dossier delete-version <name>`: remove one version (and its aliases) from the deploy branch
 * with a commit; every other file stays as it was.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNotCheckedOut, commitStage } from './branch.ts';
import { DEFAULT_BRANCH, readVersionsFile, stageRootFiles } from './deploy.ts';
import { openTarget, pushTarget } from './repo.ts';
import type { VersionsFile } from './versions-file.ts';
import { findVersion, removeVersion } from './versions-file.ts';

export interface DeleteOptions {
  root: string;
  name: string;
  repo?: string | undefined;
  branch?: string | undefined;
  remote?: string | undefined;
  push?: boolean | undefined;
  message?: string | undefined;
}

export async function deleteVersion(o: DeleteOptions): Promise<{ commit: string; versions: VersionsFile; pushed: boolean }> {
  const branch = o.branch ?? DEFAULT_BRANCH;
  const target = await openTarget({ root: o.root, repo: o.repo, branch, remote: o.remote ?? 'origin', push: o.push === true, writing: true });
  const stage = await mkdtemp(join(tmpdir(), 'dossier-delete-'));
  try {
    await assertNotCheckedOut(target.gitDir, branch);
    const before = await readVersionsFile(target.gitDir, target.parent, branch);
    const entry = findVersion(before, o.name);
    if (!entry) {
      const known = before.versions.map((v) => v.name).join(', ') || 'none';
      throw new Error(`version ${o.name} is not deployed on ${branch} (deployed: ${known})`);
    }
    const versions = removeVersion(before, o.name);
    const rootPaths = await stageRootFiles(stage, versions, target.gitDir, target.parent);
    const { commit } = await commitStage({
      gitDir: target.gitDir, branch, stage, parent: target.parent,
      paths: [o.name, ...entry.aliases, ...rootPaths],
      message: o.message ?? `Delete version ${o.name}${entry.aliases.length ? ` (and alias ${entry.aliases.join(', ')})` : ''}`,
    });
    await pushTarget(target);
    return { commit, versions, pushed: target.pushTo !== null };
  } finally {
    await rm(stage, { recursive: true, force: true });
    await target.cleanup();
  }
}

export interface ListOptions {
  root: string;
  repo?: string | undefined;
  branch?: string | undefined;
  remote?: string | undefined;
}

/** The versions.json of the deploy branch (empty when nothing is deployed). */
export async function listVersions(o: ListOptions): Promise<VersionsFile> {
  const branch = o.branch ?? DEFAULT_BRANCH;
  const target = await openTarget({ root: o.root, repo: o.repo, branch, remote: o.remote ?? 'origin', push: false, writing: false });
  try {
    return await readVersionsFile(target.gitDir, target.parent, branch);
  } finally {
    await target.cleanup();
  }
}
