/**
 * `dossier add`: URLs, files and folders → new seeds with provenance. Duplicates of what is already in
 * seeds/ (same canonical URL or same cleaned text) are refused, naming the existing file, unless
 * `force` is set (then they are kept, and ingest marks them as duplicates).
 */
import { createHash } from 'node:crypto';
import { ingest } from '../ingest/index.ts';
import type { Provenance, Source } from '../model/source.ts';
import { findByUrl, findDuplicate, knownSource, sourceUrls, type KnownSource } from './duplicate-check.ts';
import { fetchPage, type FetchOptions, type PageKind } from './fetch-page.ts';
import { seedFileName } from './file-name.ts';
import { htmlFromMhtml } from './mhtml.ts';
import { readLocal, type SeedStore } from './seed-store.ts';

export interface AddOptions {
  force?: boolean;
  fetch?: FetchOptions;
}

export interface AddReport {
  added: { input: string; file: string; duplicateOf: string | null }[];
  duplicates: { input: string; existing: string; reason: string }[];
  refused: { input: string; reason: string }[];
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function kindOfFile(name: string): PageKind | 'mhtml' {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'mhtml' || ext === 'mht') return 'mhtml';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  return 'txt';
}

export async function addSources(inputs: readonly string[], store: SeedStore, options: AddOptions = {}): Promise<AddReport> {
  const report: AddReport = { added: [], duplicates: [], refused: [] };
  const existing = ingest(await store.list()).sources;
  const known: KnownSource[] = existing.map(knownSource);
  const taken = await store.names();

  /** Checks, names and stores one candidate. */
  const take = async (input: string, bytes: Uint8Array, kind: PageKind, provenance: Provenance): Promise<void> => {
    const { sources, diagnostics } = ingest([{ name: `candidate.${kind}`, bytes, provenance }]);
    const source: Source | undefined = sources[0];
    if (!source || source.paragraphs.length === 0) {
      const why = diagnostics.find((d) => d.severity === 'warning')?.message ?? 'no article text found';
      report.refused.push({ input, reason: why.replace(/\.$/, '') });
      return;
    }
    const candidate = { ...knownSource(source), urls: sourceUrls(source) };
    const duplicate = findDuplicate(candidate, known);
    if (duplicate && !options.force) {
      report.duplicates.push({ input, existing: duplicate.file, reason: duplicate.reason });
      return;
    }
    // Kept on purpose: the sidecar names the original, so ingest marks this copy, not the original.
    const stored: Provenance = duplicate ? { ...provenance, duplicateOf: duplicate.file } : provenance;
    for (;;) {
      const name = seedFileName(source, kind, taken);
      taken.add(name);
      if (await store.create(name, bytes, stored)) {
        taken.add(name + '.source.json');
        known.push({ ...candidate, file: name });
        report.added.push({ input, file: name, duplicateOf: duplicate?.file ?? null });
        return;
      }
    }
  };

  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      if (!/^https?:\/\//i.test(input)) {
        report.refused.push({ input, reason: 'only http and https URLs can be fetched' });
        continue;
      }
      const before = options.force ? null : findByUrl(input, known);
      if (before) {
        report.duplicates.push({ input, existing: before.file, reason: before.reason });
        continue;
      }
      const page = await fetchPage(input, options.fetch);
      if (!page.ok) {
        report.refused.push({ input, reason: page.reason });
        continue;
      }
      const provenance: Provenance = { url: input, finalUrl: page.finalUrl, retrievedAt: page.retrievedAt, status: page.status, contentHash: sha256Hex(page.bytes) };
      await take(input, page.bytes, page.kind, provenance);
      continue;
    }
    const { files } = await readLocal(input);
    for (const file of files) {
      if (file.bytes === null) {
        report.refused.push({ input: file.path, reason: 'reason' in file ? file.reason : 'unreadable' });
        continue;
      }
      let bytes = file.bytes;
      let kind = kindOfFile(file.path);
      let url: string | null = null;
      if (kind === 'mhtml') {
        const page = htmlFromMhtml(bytes);
        if (!page) {
          report.refused.push({ input: file.path, reason: 'no HTML part found in the MHTML file' });
          continue;
        }
        bytes = page.html;
        url = page.url;
        kind = 'html';
      }
      await take(file.path, bytes, kind, { url, finalUrl: null, retrievedAt: null, status: null, contentHash: sha256Hex(bytes) });
    }
  }
  return report;
}
