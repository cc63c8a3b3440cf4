/** `dossier dev`: the pipeline, the Astro dev server, and the pipeline again whenever a seed changes. */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import { pipelineCommand } from './pipeline.ts';
import { astroBin } from '../astro.ts';
import { flagString, parseArgs } from '../args.ts';

/** Everything that is not one of Dossier's own options goes to `astro dev` unchanged (`--port 4000`, `--host`). */
function astroArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--seeds' || arg === '--content') i++;
    else if (!/^--(?:seeds|content)=/.test(arg) && arg !== '--quiet' && arg !== '--strict') out.push(arg);
  }
  return out;
}

export async function run(args: string[]): Promise<number> {
  const root = process.cwd();
  const parsed = parseArgs(args, ['seeds', 'content']);
  const seedsDir = path.resolve(root, flagString(parsed, 'seeds') ?? 'seeds');
  await pipelineCommand(args, root);
  const astro = spawn(process.execPath, [astroBin(root), 'dev', ...astroArgs(args)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const watcher = watch(seedsDir, { recursive: true }, (_event, file) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        process.stderr.write(`dossier: ${file ?? 'a seed'} changed, re-running the pipeline\n`);
        try {
          await pipelineCommand([...args, '--quiet'], root);
        } catch (e) {
          const d = (e as { diagnostic?: Parameters<typeof formatDiagnostic>[0] }).diagnostic;
          process.stderr.write((d ? formatDiagnostic(d) : String(e)) + '\n');
        }
      });
    }, 150);
  });
  return new Promise((resolve) => {
    astro.on('exit', (code) => {
      watcher.close();
      resolve(code ?? 0);
    });
  });
}
