/**
 * `dossier eval <dir> <gold.json> [--quiet]`: builds the graph of a folder of sources (no catalog) and
 * prints the extraction scores against gold, with every miss. Exit code 0, or 2 on bad arguments.
 */
import { readFileSync } from 'node:fs';
import { graphForEval } from '../../eval/load.ts';
import { evaluate, formatReport } from '../../eval/index.ts';

export async function run(args: string[]): Promise<number> {
  const positional = args.filter((a) => !a.startsWith('--'));
  const [dir, goldPath] = positional;
  if (!dir || !goldPath) {
    process.stderr.write('usage: dossier eval <dir> <gold.json> [--quiet]\n');
    return 2;
  }
  const graph = await graphForEval(dir);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as unknown;
  const report = evaluate(graph, gold);
  process.stdout.write(formatReport(report, { misses: !args.includes('--quiet') }));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
