/** `dossier scan [--outDir dist]`: checks a built site for executable markup and dangerous URLs (exit 1 on any). */
import path from 'node:path';
import { flagString, parseArgs } from '../args.ts';
import { scanDist } from '../../security/scan-dist.ts';
import { formatFinding } from '../../security/scan-html.ts';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['outDir', 'base']);
  const dir = path.resolve(process.cwd(), flagString(parsed, 'outDir') ?? 'dist');
  const { pages, findings } = await scanDist(dir, { base: flagString(parsed, 'base') ?? '/' }).catch((e: unknown) => {
    process.stderr.write(`dossier scan: cannot read ${dir}: ${(e as Error).message}\n`);
    return { pages: -1, findings: [] };
  });
  if (pages < 0) return 2;
  for (const f of findings) process.stderr.write(formatFinding(f) + '\n');
  process.stderr.write(`dossier scan: ${pages} page(s), ${findings.length} finding(s)\n`);
  return findings.length > 0 ? 1 : 0;
}
