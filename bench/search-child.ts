/** Builds the project's search index (src/search/index-site.ts, Pagefind) over a built dist/, for the benchmark. */
import { indexSite } from '../src/search/index-site.ts';

const result = await indexSite(process.argv[2] ?? 'dist');
process.stdout.write(JSON.stringify(result) + '\n');
