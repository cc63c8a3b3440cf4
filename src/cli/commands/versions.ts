/**
 * `dossier versions [--repo <path-or-url>] [--branch gh-pages] [--json]`: list deployed versions.
 */
import { parseArgs } from 'node:util';
import { listVersions } from '../../deploy/delete-version.ts';
import type { VersionsFile } from '../../deploy/versions-file.ts';

export const usage = `Usage: dossier versions [--repo <path-or-url>] [--branch gh-pages] [--json]

Lists the versions deployed on the deploy branch, newest first.
`;

export function formatVersions(file: VersionsFile): string {
  if (file.versions.length === 0) return 'No versions deployed.\n';
  const lines = file.versions.map((v) => {
    const marks = [...v.aliases, ...(file.default === v.name || v.aliases.includes(file.default ?? '\0') ? ['default'] : [])];
    const commit = v.commit ? `${v.commit.slice(0, 12)}${v.dirty ? '-dirty' : ''}` : 'no commit';
    const counts = v.counts ? `${v.counts.sources} sources, ${v.counts.actors} actors, ${v.counts.quotes} quotes` : '';
    return [v.name + (marks.length ? ` [${marks.join(', ')}]` : ''), v.title !== v.name ? `“${v.title}”` : '', v.date, commit, counts]
      .filter(Boolean).join('  ');
  });
  return lines.join('\n') + '\n';
}

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { repo: { type: 'string' }, branch: { type: 'string' }, json: { type: 'boolean' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`dossier versions: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  try {
    const file = await listVersions({ root: values.root ?? process.cwd(), repo: values.repo, branch: values.branch });
    process.stdout.write(values.json ? JSON.stringify(file, null, 2) + '\n' : formatVersions(file));
    return 0;
  } catch (e) {
    process.stderr.write(`dossier versions: ${(e as Error).message}\n`);
    return 1;
  }
}
