/**
 * The pipeline in a worker thread (src/pipeline-bounded.ts starts it with a heap budget): stage ends and the summary
 * go back to the thread that started it as messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DossierError } from './model/diagnostic.ts';
import { runPipeline, type PipelineOptions } from './pipeline.ts';
import { summarize } from './pipeline-summary.ts';

const options = workerData as Omit<PipelineOptions, 'onStage'>;
try {
  const result = await runPipeline({ ...options, onStage: (stage, ms, count) => parentPort!.postMessage({ type: 'stage', stage, ms, count }) });
  parentPort!.postMessage({ type: 'done', summary: summarize(result) });
} catch (e) {
  // A user's error (a file Dossier did not write, a bad catalog) goes back as its diagnostic, to be reported as one.
  if (e instanceof DossierError) parentPort!.postMessage({ type: 'fail', diagnostic: e.diagnostic });
  else throw e;
}
