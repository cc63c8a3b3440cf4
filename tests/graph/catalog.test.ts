import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/index.ts';
import { DossierError } from '../../src/model/diagnostic.ts';

describe('parseCatalog', () => {
  it('parses a valid catalog with defaults', () => {
    const c = parseCatalog('actors:\n  - name: Kremlin\n    kind: organization\ntopics:\n  - name: Minerals deal\n    terms: [minerals deal]\n', 'seeds/catalog.yaml');
    expect(c.actors[0]).toEqual({ name: 'Kremlin', kind: 'organization', aliases: [], merge: [] });
    expect(c.topics[0]).toEqual({ name: 'Minerals deal', terms: ['minerals deal'], merge: [], hide: false });
    expect(c.ignore).toEqual([]);
  });

  it('accepts an empty file', () => {
    expect(parseCatalog('', 'seeds/catalog.yaml').actors).toEqual([]);
  });

  it('reports schema errors with file and line', () => {
    const text = 'actors:\n  - name: Kremlin\n  - name: Fox News\n    kind: outlet\n';
    try {
      parseCatalog(text, 'seeds/catalog.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DossierError);
      const d = (e as DossierError).diagnostic;
      expect(d.file).toBe('seeds/catalog.yaml');
      expect(d.line).toBe(4);
      expect(d.message).toContain('actors.1.kind');
    }
  });

  it('reports unknown keys and YAML syntax errors with a line', () => {
    expect(() => parseCatalog('actors:\n  - name: X\n    nmae: Y\n', 'c.yaml')).toThrow(/c\.yaml:\d+/);
    expect(() => parseCatalog('actors: [\n  - name: X\n', 'c.yaml')).toThrow(/c\.yaml:\d+: error: invalid YAML/);
  });
});
