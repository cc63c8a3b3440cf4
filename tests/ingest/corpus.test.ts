/**
 * The whole development corpus against its gold annotations: metadata equals gold, and every quote,
 * figure and event text of a document can be found in the cleaned paragraphs of that document
 * (which proves the cleaner keeps the body and normalises text the way the annotation rules say).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';

const dir = path.resolve(import.meta.dirname, '../corpus');

interface GoldDoc {
  file: string;
  title: string;
  published: string | null;
  url: string | null;
  publisher: string | null;
  duplicate_of: string | null;
  quotes: { text: string }[];
  figures: { text: string }[];
  events: { cue: string; sentence: string }[];
}
const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { documents: GoldDoc[] };
const names = readdirSync(dir).filter((n) => /\.(txt|md|html)$/.test(n) && n !== 'README.md');
const result = ingest(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) })));
const byFile = new Map(result.sources.map((s) => [s.file, s]));
const fileOfId = new Map(result.sources.map((s) => [s.id, s.file]));

describe('ingest on tests/corpus', () => {
  it('reads every corpus file into a source', () => {
    expect(result.sources.map((s) => s.file).sort()).toEqual([...names].sort());
    expect(gold.documents.map((d) => d.file).sort()).toEqual([...names].sort());
  });

  for (const doc of gold.documents) {
    describe(doc.file, () => {
      const source = byFile.get(doc.file)!;
      it('has the gold title, publication date, URL, publisher and duplicate', () => {
        expect({
          title: source.title,
          published: source.published,
          url: source.url,
          publisher: source.publisher,
          duplicate_of: source.duplicateOf ? fileOfId.get(source.duplicateOf) : null,
        }).toEqual({ title: doc.title, published: doc.published, url: doc.url, publisher: doc.publisher, duplicate_of: doc.duplicate_of });
      });

      it('keeps every gold quote, figure and event text in its paragraphs', () => {
        const text = source.paragraphs.map((p) => p.text).join('\n');
        const wanted = [
          ...doc.quotes.map((q) => q.text),
          ...doc.figures.map((f) => f.text),
          ...doc.events.flatMap((e) => [e.cue, e.sentence]),
        ];
        // A quote in the headline ("Corvane 'ignored every warning' before …") is in the title, not in a paragraph.
        const missing = wanted.filter((t) => !text.includes(t) && !source.title.includes(t));
        expect(missing).toEqual([]);
      });

      it('has paragraphs with ids p1… and no boilerplate left', () => {
        expect(source.paragraphs.length).toBeGreaterThan(3);
        source.paragraphs.forEach((p, i) => expect(p.id).toBe(`p${i + 1}`));
        const text = source.paragraphs.map((p) => p.text).join('\n');
        expect(text).not.toMatch(/Legal Disclaimer|All rights reserved|Related article|Original url|\]\(|\\\$|cookies|Sign up|Subscribe|Skip to/i);
        expect(text).not.toMatch(/^(?:403|502|503)\b/m);
        expect(new Set(source.paragraphs.map((p) => p.text)).size).toBe(source.paragraphs.length);
      });
    });
  }

  it('names the only duplicate in the diagnostics', () => {
    expect(result.diagnostics.filter((d) => d.rule === 'duplicate').map((d) => d.file)).toEqual([
      'seeds/regionwire-2024-10-21-port-ellison-drivers-walk-out.txt',
    ]);
  });
});
