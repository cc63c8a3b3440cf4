/**
 * `dossier add <url|file|folder>... [--force] [--seeds <dir>] [--timeout <seconds>] [--max-bytes <n>]`:
 * collect sources into seeds/ with provenance (`<seed>.source.json`).
 */
import path from 'node:path';
import { addSources } from '../../add/collect.ts';
import { DEFAULT_FETCH } from '../../add/fetch-page.ts';
import { folderStore } from '../../add/seed-store.ts';
import { flagString, parseArgs } from '../args.ts';

const USAGE = 'usage: dossier add <url|file|folder>... [--force] [--seeds <dir>] [--timeout <seconds>] [--max-bytes <n>]\n';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['seeds', 'timeout', 'max-bytes']);
  if (parsed.positionals.length === 0 || parsed.flags.has('help')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const timeout = Number(flagString(parsed, 'timeout') ?? DEFAULT_FETCH.timeoutMs / 1000);
  const maxBytes = Number(flagString(parsed, 'max-bytes') ?? DEFAULT_FETCH.maxBytes);
  if (!(timeout > 0) || !(maxBytes > 0)) {
    process.stderr.write('dossier add: --timeout and --max-bytes must be positive numbers\n' + USAGE);
    return 2;
  }
  const seeds = path.resolve(flagString(parsed, 'seeds') ?? 'seeds');
  const report = await addSources(parsed.positionals, folderStore(seeds), {
    force: parsed.flags.has('force'),
    fetch: { timeoutMs: timeout * 1000, maxBytes },
  });
  const shown = path.relative(process.cwd(), seeds) || '.';
  for (const a of report.added) {
    process.stdout.write(`added     ${path.join(shown, a.file)}  ← ${a.input}${a.duplicateOf ? `  (kept with --force; duplicate of ${a.duplicateOf})` : ''}\n`);
  }
  for (const d of report.duplicates) {
    process.stdout.write(`duplicate ${d.input}: ${d.reason} as ${path.join(shown, d.existing)}; not added (use --force to keep it)\n`);
  }
  for (const r of report.refused) process.stderr.write(`refused   ${r.input}: ${r.reason}\n`);
  process.stdout.write(`dossier add: ${report.added.length} added, ${report.duplicates.length} duplicate${report.duplicates.length === 1 ? '' : 's'}, ${report.refused.length} refused\n`);
  return report.refused.length > 0 ? 1 : 0;
}
