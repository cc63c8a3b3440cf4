/**
 * Dossier's command line. Each command is a module in ./commands exporting `run(args) → exit code`.
 */
import { enableCompileCache } from 'node:module';
import { DossierError } from '../model/diagnostic.ts';

// Compiled modules are kept between runs (Node's compile cache, in the system's temporary folder): a run that
// changes one seed is mostly start-up otherwise.
enableCompileCache();

type Command = { run: (args: string[]) => Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  build: { summary: 'seeds/ → content/ → dist/ (the whole site)', load: () => import('./commands/build.ts') },
  pipeline: { summary: 'seeds/ → content/ only (MDX pages, graph.json, review.json)', load: () => import('./commands/pipeline.ts') },
  dev: { summary: 'Astro dev server; re-runs the pipeline when a seed changes', load: () => import('./commands/dev.ts') },
  extract: { summary: 'extract <dir> --json <file>: knowledge graph of any folder of sources', load: () => import('./commands/extract.ts') },
  eval: { summary: 'eval <dir> <gold.json>: score extraction against gold annotations', load: () => load('eval') },
  add: { summary: 'add <url|file|folder>...: collect sources into seeds/ with provenance', load: () => load('add') },
  pdf: { summary: 'pdf [--page <path>]: print the briefing book (or one page) to PDF', load: () => load('pdf') },
  deploy: { summary: 'deploy --version <name>: publish a versioned build to the gh-pages branch', load: () => load('deploy') },
  versions: { summary: 'versions: list deployed versions', load: () => load('versions') },
  'delete-version': { summary: 'delete-version <name>: remove a deployed version', load: () => load('delete-version') },
  scan: { summary: 'scan [--outDir dist]: check a built site for scripts, handlers and URLs it must not have', load: () => load('scan') },
  diff: { summary: 'diff <old-graph.json> <new-graph.json>: what changed between two briefings', load: () => load('diff') },
};

/** Commands whose modules are optional parts of the tool: a clear message if one is missing. */
async function load(name: string): Promise<Command> {
  return (await import(`./commands/${name}.ts`)) as Command;
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    'usage: dossier <command> [options]',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'common options: --quiet (no progress lines), --strict (warnings fail the run)',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`dossier: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(args);
  } catch (e) {
    if (e instanceof DossierError) {
      process.stderr.write(`dossier: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
