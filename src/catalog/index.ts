/**
 * Parse and validate the editor's catalog. Errors name the file and line ("seeds/catalog.yaml:12"),
 * from the yaml package's document positions, and say what to write instead.
 */
import { LineCounter, parseDocument, isMap, isSeq, visit, type Node } from 'yaml';
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

const HINT_KEYS = 'allowed keys: actors[{name, kind, role, aliases, merge}], split[[names]], ignore[names], topics[{name, terms, merge, hide}]';

function lineOf(lines: LineCounter, node: Node | null | undefined): number {
  return node?.range ? lines.linePos(node.range[0]).line : 1;
}

export function parseCatalog(text: string, file: string): Catalog {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  // Unknown tags (`!!js/function`) are only warnings to the yaml package: a catalog must not carry any.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = lines.linePos(problem.pos[0]).line;
    throw new DossierError(error(file, 'catalog-yaml', `invalid YAML: ${problem.message.split('\n')[0]}`, { line, hint: 'fix the YAML syntax (indentation, quotes, colons); tags such as !!js/function are not allowed' }));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (e) {
    let first: Node | undefined;
    visit(doc, { Alias: (_key, node) => { first = node; return visit.BREAK; } });
    throw new DossierError(error(file, 'catalog-yaml', `invalid YAML: ${(e as Error).message}`, { line: lineOf(lines, first), hint: 'remove the YAML anchors and aliases (&name / *name) that expand the file' }));
  }
  if (data === null || data === undefined) return structuredClone(EMPTY_CATALOG);
  const parsed = CatalogSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // An unknown key is reported on the object that holds it: point at the key itself.
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const holder = nodeAt(doc.contents, issue.path);
    const keyNode = unknownKey !== undefined && isMap(holder) ? (holder.items.find((p) => (p.key as { value?: unknown } | null)?.value === unknownKey)?.key as Node | undefined) : undefined;
    const node = keyNode ?? holder;
    const path = unknownKey !== undefined ? [...issue.path, unknownKey] : issue.path;
    const where = path.length ? path.join('.') : 'catalog';
    throw new DossierError(error(file, 'catalog-schema', `${where}: ${issue.message}`, { line: lineOf(lines, node), hint: HINT_KEYS }));
  }
  checkConsistency(parsed.data, (p) => lineOf(lines, nodeAt(doc.contents, p)), file);
  return parsed.data;
}

const fold = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** One name means one actor: an alias or merged name may not belong to two actors, and merges may not form a cycle. */
function checkConsistency(catalog: Catalog, line: (path: PropertyKey[]) => number, file: string): void {
  const owner = new Map<string, number>();
  catalog.actors.forEach((actor, i) => {
    const forms: [string, PropertyKey[]][] = [
      [actor.name, ['actors', i, 'name']],
      ...actor.aliases.map((a, j): [string, PropertyKey[]] => [a, ['actors', i, 'aliases', j]]),
    ];
    for (const [form, path] of forms) {
      const first = owner.get(fold(form));
      if (first !== undefined && first !== i) {
        throw new DossierError(error(file, 'catalog-conflict', `"${form}" is given to two actors: ${catalog.actors[first]!.name} and ${actor.name}`, {
          line: line(path),
          hint: 'keep the name on one actor only; use split: to keep two actors apart',
        }));
      }
      owner.set(fold(form), i);
    }
  });
  // Merge edges between catalog actors: name → the catalog actors it absorbs.
  const byName = new Map(catalog.actors.map((a, i) => [fold(a.name), i]));
  const edges = catalog.actors.map((a) => a.merge.map((m) => byName.get(fold(m))).filter((j): j is number => j !== undefined));
  const state = new Array<number>(catalog.actors.length).fill(0); // 0 new, 1 on the path, 2 done
  const path: number[] = [];
  const visit = (i: number): void => {
    state[i] = 1;
    path.push(i);
    edges[i]!.forEach((j) => {
      if (state[j] === 1) {
        const cycle = [...path.slice(path.indexOf(j)), j].map((k) => catalog.actors[k]!.name);
        const m = catalog.actors[i]!.merge.findIndex((n) => byName.get(fold(n)) === j);
        throw new DossierError(error(file, 'catalog-merge-cycle', `merges form a cycle: ${cycle.join(' → ')}`, {
          line: line(['actors', i, 'merge', m]),
          hint: 'choose one canonical actor and merge the others into it',
        }));
      }
      if (state[j] === 0) visit(j);
    });
    path.pop();
    state[i] = 2;
  };
  catalog.actors.forEach((_, i) => {
    if (state[i] === 0) visit(i);
  });
}
