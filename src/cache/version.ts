/**
 * The extractor's version, for cache keys: a hash of the source text of every module the extract stage is made of
 * (src/extract/index.ts and everything it imports by relative path, followed transitively), plus the V8 version (the
 * cache stores V8-serialised values) and the versions of the packages those modules import. Any change to extraction code gives a new version, so a stale result is never
 * reused and nobody has to remember to bump a number.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const PACKAGE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]((?:@[\w.-]+\/)?[\w.-]+)(?:\/[^'"]*)?['"]/g;

/** `name@version` of the packages a file imports by bare name (found in the nearest node_modules). */
function packageVersions(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PACKAGE_IMPORT)) {
    const name = m[1]!;
    if (name.startsWith('node:') || name === 'node') continue;
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const pkg = path.join(dir, 'node_modules', name, 'package.json');
      if (existsSync(pkg)) {
        out.push(`${name}@${(JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version ?? '?'}`);
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  return out;
}

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
  const packages = new Set<string>();
  for (const file of moduleFiles(entry)) {
    const text = readFileSync(file, 'utf8');
    h.update(path.relative(root, file)).update('\0').update(text).update('\0');
    if (/\.[cm]?[jt]s$/.test(file)) for (const p of packageVersions(file, text)) packages.add(p);
  }
  h.update([...packages].sort().join('\n'));
  return h.digest('hex').slice(0, 16);
}

const memos = new Map<string, string>();

/** Version of a module of src/ (path relative to src/, e.g. `ingest/read-seed.ts`), computed once per process. */
export function srcModuleVersion(rel: string): string {
  let v = memos.get(rel);
  if (!v) {
    const entry = fileURLToPath(new URL(`../${rel}`, import.meta.url));
    v = versionOf(entry, fileURLToPath(new URL('..', import.meta.url)));
    memos.set(rel, v);
  }
  return v;
}

/** Version of src/extract as it is on disk now. */
export function extractorVersion(): string {
  return srcModuleVersion('extract/index.ts');
}
