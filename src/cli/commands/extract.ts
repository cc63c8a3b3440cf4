/** `dossier extract <dir> --json <file>`: the knowledge graph of any folder of sources. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import { graphFromDir } from '../../pipeline.ts';
import { flagString, parseArgs } from '../args.ts';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['json']);
  const dir = parsed.positionals[0];
  if (!dir) {
    process.stderr.write('usage: dossier extract <dir> [--json <file>]\n');
    return 2;
  }
  const { graph, diagnostics } = await graphFromDir(path.resolve(dir));
  for (const d of diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  const json = JSON.stringify(graph, null, 2) + '\n';
  const target = flagString(parsed, 'json');
  if (target) {
    await writeFile(target, json);
    process.stderr.write(
      `dossier: wrote ${target} (${graph.sources.length} sources, ${graph.actors.length} actors, ${graph.quotes.length} quotes)\n`,
    );
  } else {
    process.stdout.write(json);
  }
  return 0;
}
