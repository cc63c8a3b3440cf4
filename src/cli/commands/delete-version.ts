/**
 * `dossier delete-version <name> [--repo <path-or-url>] [--branch gh-pages] [--push]`
 */
import { parseArgs } from 'node:util';
import { deleteVersion } from '../../deploy/delete-version.ts';

export const usage = `Usage: dossier delete-version <name> [--repo <path-or-url>] [--branch gh-pages] [--remote origin] [--push]

Removes a deployed version and its aliases from the deploy branch with a commit.
`;

export async function run(args: string[]): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: {
        repo: { type: 'string' }, branch: { type: 'string' }, remote: { type: 'string' }, push: { type: 'boolean' },
        message: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`dossier delete-version: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const name = positionals[0];
  if (!name || positionals.length > 1) {
    process.stderr.write(`dossier delete-version: give exactly one version name\n\n${usage}`);
    return 2;
  }
  try {
    const r = await deleteVersion({
      root: values.root ?? process.cwd(), name, repo: values.repo, branch: values.branch, remote: values.remote, push: values.push, message: values.message,
    });
    process.stdout.write(`Deleted ${name} (${r.commit.slice(0, 12)})${r.pushed ? '; pushed' : ''}. ${r.versions.versions.length} version(s) left.\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`dossier delete-version: ${(e as Error).message}\n`);
    return 1;
  }
}
