/**
 * `dossier pdf [--page <path>] [--out <file>] [--dist <dir>] [--base <path>]`: prints the briefing book
 * (`/book/`), or one page of the site, to PDF with headless Chromium. Needs a built site (`npm run build`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DossierError, error } from '../../model/diagnostic.ts';
import { normalisePagePath, pdfFileName, printPages } from '../../pdf/index.ts';
import { flagString, parseArgs } from '../args.ts';

export async function run(args: string[]): Promise<number> {
  const root = process.cwd();
  const parsed = parseArgs(args, ['page', 'out', 'dist', 'base']);
  const dist = path.resolve(root, flagString(parsed, 'dist') ?? 'dist');
  const page = normalisePagePath(flagString(parsed, 'page') ?? '/book/');
  const out = path.resolve(root, flagString(parsed, 'out') ?? (page === '/book/' ? 'briefing-book.pdf' : pdfFileName(page)));
  const file = path.join(dist, page.endsWith('/') ? `${page}index.html` : page);
  if (!existsSync(file)) {
    throw new DossierError(
      error(path.relative(root, file) || file, 'no-page', existsSync(dist) ? `the built site has no page ${page}` : 'the site is not built', {
        hint: existsSync(dist) ? 'check the path (e.g. --page /actors/donald-trump/) or rebuild with `npm run build`' : 'run `npm run build` first',
      }),
    );
  }
  const [printed] = await printPages({ dist, base: flagString(parsed, 'base'), jobs: [{ page, out }] });
  if (!parsed.flags.has('quiet') && printed) {
    process.stderr.write(`dossier: printed ${page} to ${path.relative(root, printed.out)} (${Math.round(printed.bytes / 1024)} KB)\n`);
  }
  return 0;
}
