/** Progress lines for long work: one line per stage on a terminal, nothing in CI or with --quiet. */
import type { StageName } from '../pipeline.ts';

export interface Progress {
  stage: (stage: StageName, ms: number, count: number) => void;
  line: (text: string) => void;
}

const NOUNS: Record<StageName, string> = {
  read: 'seed files',
  ingest: 'sources',
  extract: 'sources',
  graph: 'actors',
  emit: 'files',
  write: 'files rewritten',
};

export function progress(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  const silent = quiet || Boolean(process.env.CI);
  return {
    stage(stage, ms, count) {
      if (!silent) stream.write(`  ${stage.padEnd(8)} ${String(count).padStart(6)} ${NOUNS[stage].padEnd(16)} ${ms.toFixed(0).padStart(6)} ms\n`);
    },
    line(text) {
      if (!silent) stream.write(text + '\n');
    },
  };
}
