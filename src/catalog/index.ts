/**
 * Parse and validate the editor's catalog. Errors name the file and line ("seeds/catalog.yaml:12"),
 * from the yaml package's document positions, and say what to write instead.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { DossierError, error } from '../model/diagnostic.ts';
import { CatalogSchema, EMPTY_CATALOG, type Catalog } from './schema.ts';

export type { Catalog, CatalogActor, CatalogTopic } from './schema.ts';
export { EMPTY_CATALOG } from './schema.ts';

/** The node at a zod issue path, to report its line. */
function nodeAt(root: unknown, path: readonly PropertyKey[]): Node | null {
  let node = root as Node | null;
  let last = node;
  for (const key of path) {
    if (!node) break;
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      last = (pair?.key as Node) ?? last;
      node = (pair?.value as Node) ?? null;
    } else if (isSeq(node)) {
      node = (node.items[Number(key)] as Node) ?? null;
    } else break;
    if (node) last = node;
  }
  return node ?? last;
}

export function parseCatalog(text: string, file: string): Catalog {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = lines.linePos(e.pos[0]).line;
    throw new DossierError(error(file, 'catalog-yaml', `invalid YAML: ${e.message.split('\n')[0]}`, { line, hint: 'fix the YAML syntax (indentation, quotes, colons)' }));
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) return structuredClone(EMPTY_CATALOG);
  const parsed = CatalogSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const node = nodeAt(doc.contents, issue.path);
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    const where = issue.path.length ? issue.path.join('.') : 'catalog';
    throw new DossierError(error(file, 'catalog-schema', `${where}: ${issue.message}`, {
      line,
      hint: 'allowed keys: actors[{name, kind, role, aliases, merge}], split[[names]], ignore[names], topics[{name, terms, merge, hide}]',
    }));
  }
  return parsed.data;
}
