/**
 * `dossier diff <old-graph.json> <new-graph.json> [--json]`: what changed between two graphs.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { diffGraphs } from '../../diff/graph-diff.ts';
import { formatDiff } from '../../diff/format.ts';
import { parseGraph } from '../../diff/read-graph.ts';

export const usage = `Usage: dossier diff <old-graph.json> <new-graph.json> [--json]

Shows new and removed sources, actors and quotes, figures that changed, new events and disagreements.
`;

export async function run(args: string[]): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true,
    }));
  } catch (e) {
    process.stderr.write(`dossier diff: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const [oldFile, newFile] = positionals;
  if (!oldFile || !newFile || positionals.length !== 2) {
    process.stderr.write(`dossier diff: give two graph.json files\n\n${usage}`);
    return 2;
  }
  try {
    const load = async (file: string) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      }
      return parseGraph(text, file);
    };
    const diff = diffGraphs(await load(oldFile), await load(newFile));
    process.stdout.write(values.json ? JSON.stringify(diff, null, 2) + '\n' : formatDiff(diff));
    return 0;
  } catch (e) {
    process.stderr.write(`dossier diff: ${(e as Error).message}\n`);
    return 1;
  }
}
