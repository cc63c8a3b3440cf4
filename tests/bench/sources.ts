/** Test helper: Sources made directly from generated seed texts (paragraphs = blocks between blank lines). */
import { createHash } from 'node:crypto';
import type { GeneratedFile } from '../../bench/generate.ts';
import type { Source } from '../../src/model/source.ts';

export function toSource(file: GeneratedFile): Source {
  const blocks = file.text.split(/\r?\n\s*\r?\n/).map((b) => b.trim()).filter(Boolean);
  const slug = file.name.replace(/\.[a-z]+$/, '');
  const text = blocks.join('\n\n');
  return {
    id: slug,
    slug,
    file: file.name,
    format: file.name.endsWith('.html') ? 'html' : file.name.endsWith('.md') ? 'md' : 'txt',
    title: blocks[0] ?? slug,
    publisher: null,
    url: null,
    published: /(\d{4}-\d{2}-\d{2})/.exec(file.name)?.[1] ?? null,
    authors: [],
    credits: [],
    summary: null,
    paragraphs: blocks.map((b, i) => ({ id: `p${i + 1}`, text: b })),
    cleaning: { collapsedDuplicates: 0, removed: [] },
    duplicateOf: null,
    provenance: null,
    textHash: createHash('sha256').update(text).digest('hex'),
  };
}
