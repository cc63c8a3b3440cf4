/**
 * The extractor's version, for cache keys: a hash of the source text of every module the extract stage is made of
 * (src/extract/index.ts and everything it imports by relative path, followed transitively), plus the V8 version (the
 * cache stores V8-serialised values). Any change to extraction code gives a new version, so a stale result is never
 * reused and nobody has to remember to bump a number.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Files reachable from `entry` through relative imports, sorted. */
export function moduleFiles(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [path.resolve(entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file) || !existsSync(file)) continue; // a path in a comment or string: not a module
    seen.add(file);
    if (!/\.[cm]?[jt]s$/.test(file)) continue; // data files (JSON lexicons) are hashed, not parsed
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) stack.push(path.resolve(path.dirname(file), m[1]!));
  }
  return [...seen].sort();
}

/** Hash of the files reachable from `entry` (names relative to `root`, and contents) and of the V8 version. */
export function versionOf(entry: string, root = path.dirname(entry)): string {
  const h = createHash('sha256').update(`v8 ${process.versions.v8}\0`);
  for (const file of moduleFiles(entry)) {
    h.update(path.relative(root, file)).update('\0');
    h.update(readFileSync(file)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

let memo: string | null = null;

/** Version of src/extract as it is on disk now (computed once per process). */
export function extractorVersion(): string {
  if (memo) return memo;
  const entry = fileURLToPath(new URL('../extract/index.ts', import.meta.url));
  memo = versionOf(entry, path.dirname(path.dirname(entry)));
  return memo;
}
