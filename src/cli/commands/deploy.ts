/**
 * `dossier deploy --version <name> [--alias latest]… [--title "…"] [--repo <path-or-url>] [--branch gh-pages]
 *   [--remote origin] [--push] [--force] [--allow-dirty] [--alias-type redirect|copy] [--prefix /] [--default <name>]`
 */
import { parseArgs } from 'node:util';
import { deploy } from '../../deploy/deploy.ts';

export const usage = `Usage: dossier deploy --version <name> [options]

Builds the site for /<prefix>/<name>/ and commits it under <name>/ on the deploy branch.

  --version <name>       version folder name (required), e.g. 2025-02-15
  --title <text>         title shown in the version switcher (default: the name)
  --alias <name>         alias moved to this version, e.g. latest (repeatable)
  --alias-type <type>    redirect (default: small redirect pages) or copy (full copies)
  --default <name>       version or alias the branch root redirects to (default: first alias, else newest)
  --repo <path-or-url>   repository holding the deploy branch (default: this project's)
  --branch <name>        deploy branch (default: gh-pages)
  --remote <name>        remote that --push pushes to (default: origin)
  --push                 push the deploy branch after committing (never forced)
  --prefix <path>        URL path where the branch is served: / (default) or /<repo>/ for GitHub project pages
  --force                replace a version that is already deployed
  --allow-dirty          deploy from a working tree with uncommitted changes
  --message <text>       commit message
`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        version: { type: 'string' }, title: { type: 'string' }, alias: { type: 'string', multiple: true },
        'alias-type': { type: 'string' }, default: { type: 'string' }, repo: { type: 'string' }, branch: { type: 'string' },
        remote: { type: 'string' }, push: { type: 'boolean' }, prefix: { type: 'string' }, force: { type: 'boolean' },
        'allow-dirty': { type: 'boolean' }, message: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`dossier deploy: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (!values.version) {
    process.stderr.write(`dossier deploy: --version <name> is required\n\n${usage}`);
    return 2;
  }
  const aliasType = values['alias-type'];
  if (aliasType !== undefined && aliasType !== 'redirect' && aliasType !== 'copy') {
    process.stderr.write(`dossier deploy: --alias-type must be "redirect" or "copy", not "${aliasType}"\n`);
    return 2;
  }
  try {
    const result = await deploy({
      root: values.root ?? process.cwd(),
      version: values.version,
      title: values.title,
      aliases: values.alias ?? [],
      aliasType,
      defaultTarget: values.default,
      repo: values.repo,
      branch: values.branch,
      remote: values.remote,
      push: values.push,
      prefix: values.prefix,
      force: values.force,
      allowDirty: values['allow-dirty'],
      message: values.message,
      log: (line) => process.stderr.write(`deploy: ${line}\n`),
    });
    const v = result.version;
    process.stdout.write(`Deployed ${v.name}${v.aliases.length ? ` (${v.aliases.join(', ')})` : ''} to ${result.branch} at ${result.commit.slice(0, 12)}`
      + `${result.previous ? `; changes compared with ${result.previous}` : ''}${result.pushed ? '; pushed' : ''}.\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`dossier deploy: ${(e as Error).message}\n`);
    return 1;
  }
}
