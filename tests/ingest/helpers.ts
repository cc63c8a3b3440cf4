import { ingest } from '../../src/ingest/index.ts';
import type { SeedFile, Source } from '../../src/model/source.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';

export function seed(name: string, content: string | Uint8Array): SeedFile {
  return { name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content };
}

/** Ingest one file; returns its source (or undefined) and all diagnostics. */
export function one(name: string, content: string | Uint8Array): { source: Source | undefined; diagnostics: Diagnostic[] } {
  const { sources, diagnostics } = ingest([seed(name, content)]);
  return { source: sources[0], diagnostics };
}

export function texts(source: Source | undefined): string[] {
  return source?.paragraphs.map((p) => p.text) ?? [];
}

export function body(source: Source | undefined): string {
  return texts(source).join('\n');
}
