/**
 * What the next run needs to build only the pages whose data changed: the emit memo (src/emit/memo.ts) and the
 * record of every generated file of content/ (hash, size, modification time), under `.dossier/cache/emit/<version>/`,
 * one file per content folder, V8-serialised and written atomically. The version is the hash of the emit stage's code
 * (src/emit/index.ts and everything it imports), so new page code rebuilds every page. Deleting it is always safe:
 * the next run builds everything.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { EmitMemo } from '../emit/memo.ts';
import type { FileRecord } from '../io/content.ts';
import { srcModuleVersion } from './version.ts';

export interface EmitState {
  memo: EmitMemo;
  files: Map<string, FileRecord>;
}

function stateFile(cacheDir: string, contentDir: string): { dir: string; file: string; base: string; version: string } {
  const version = srcModuleVersion('emit/index.ts');
  const base = path.join(cacheDir, 'emit');
  const dir = path.join(base, version);
  const name = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
  return { dir, file: path.join(dir, `${name}.bin`), base, version };
}

/** The state the last run left for this content folder, or null (none, another version of the code, unreadable). */
export async function loadEmitState(cacheDir: string, contentDir: string): Promise<EmitState | null> {
  const { file } = stateFile(cacheDir, contentDir);
  try {
    const value = deserialize(await readFile(file)) as EmitState;
    return value && value.memo?.groups instanceof Map && Array.isArray(value.memo.keys) && value.files instanceof Map ? value : null;
  } catch {
    return null;
  }
}

export async function saveEmitState(cacheDir: string, contentDir: string, state: EmitState): Promise<void> {
  const { dir, file, base, version } = stateFile(cacheDir, contentDir);
  for (const other of await readdir(base).catch(() => [] as string[])) {
    if (other !== version) await rm(path.join(base, other), { recursive: true, force: true });
  }
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, serialize(state));
  await rename(temp, file);
}
