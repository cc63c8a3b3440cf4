/**
 * Resolve the sources' local actors into canonical actors. Gazetteer actors share their gazetteer name;
 * people merge when their names are the same person by the skeleton rules (src/resolve/names.ts);
 * organisations merge when they share a written form (name, short form or acronym). A surname-only
 * person that fits two people stays apart and is reported. The editor's catalog adds aliases, merges,
 * splits and drops actors.
 */
import type { Actor, ActorKind, Mention, Role } from '../model/graph.ts';
import type { LocalActor } from '../extract/types.ts';
import type { Catalog } from '../catalog/index.ts';
import { foldName, nameWords, samePerson, skeleton, slugify } from './names.ts';
import { cmp } from '../model/compare.ts';

export interface ResolvedActors {
  actors: Actor[];
  /** `${source}\u0000${localKey}` → actor id. */
  index: Map<string, string>;
  merges: { actor: string; variants: string[] }[];
  ambiguous: { source: string; name: string; candidates: string[] }[];
}

interface Group {
  kind: ActorKind;
  members: { source: string; local: LocalActor }[];
  gazetteer: boolean;
  catalog?: Catalog['actors'][number];
  /** Creation order: lookups through the indexes below pick the earliest group, as a scan of `groups` would. */
  order: number;
  /** Distinct member names of two or more words (samePerson depends on the name only). */
  fullNames: Set<string>;
}

/**
 * Indexes over the groups so that each local actor finds its group without scanning every group and member
 * (resolution stays linear in the number of mentions). Each lookup returns candidates that include every group the
 * original rule could match; the rule itself is then checked on those candidates only.
 */
class GroupIndex {
  private readonly byCatalog = new Map<Catalog['actors'][number], Group>();
  private readonly byGazetteer = new Map<string, Group>();
  private readonly byNameKey = new Map<string, Set<Group>>();
  private readonly byWord = new Map<string, Set<Group>>();
  private readonly byOrgKey = new Map<string, Set<Group>>();

  private static add(map: Map<string, Set<Group>>, key: string, g: Group): void {
    const set = map.get(key);
    if (set) set.add(g);
    else map.set(key, new Set([g]));
  }

  created(g: Group, first: LocalActor): void {
    if (g.catalog && !this.byCatalog.has(g.catalog)) this.byCatalog.set(g.catalog, g);
    const key = `${g.kind}\u0000${first.name}`;
    if (g.gazetteer && !this.byGazetteer.has(key)) this.byGazetteer.set(key, g);
  }

  joined(g: Group, local: LocalActor): void {
    const words = nameWords(local.name);
    for (const w of words) GroupIndex.add(this.byWord, w, g);
    if (words.length >= 2) {
      g.fullNames.add(local.name);
      GroupIndex.add(this.byNameKey, `S:${words.map(skeleton).sort().join(' ')}`, g);
      GroupIndex.add(this.byNameKey, `L:${skeleton(words[words.length - 1]!)}`, g);
    }
    for (const x of forms(local)) GroupIndex.add(this.byOrgKey, orgKey(x), g);
  }

  catalog(cat: Catalog['actors'][number]): Group | undefined { return this.byCatalog.get(cat); }
  gazetteer(kind: ActorKind, name: string): Group | undefined { return this.byGazetteer.get(`${kind}\u0000${name}`); }

  /** Groups with a member that may be the same person as `name` (same name-skeleton set or same surname skeleton). */
  samePersonCandidates(name: string): Group[] {
    const words = nameWords(name);
    return ordered([this.byNameKey.get(`S:${words.map(skeleton).sort().join(' ')}`), this.byNameKey.get(`L:${skeleton(words[words.length - 1]!)}`)]);
  }
  /** Groups with a member whose name has the word `word`. */
  withWord(word: string | undefined): Group[] { return word === undefined ? [] : ordered([this.byWord.get(word)]); }
  /** Groups with a member that has one of these organisation keys among its written forms. */
  withOrgKeys(keys: Iterable<string>): Group[] { return ordered([...keys].map((k) => this.byOrgKey.get(k))); }
}

function ordered(sets: Array<Set<Group> | undefined>): Group[] {
  const out = new Set<Group>();
  for (const set of sets) for (const g of set ?? []) out.add(g);
  return [...out].sort((a, b) => a.order - b.order);
}

/** Forms that start with an honorific or a title are not names ("Ms Liu", "President Trump"). */
const HONORIFIC_OR_TITLE = /^(?:Mr|Ms|Mrs|Dr|Sir|Dame|Prof|Justice|Judge|President|Prime|Minister|Secretary|Senator|Sen|Rep|Governor|Mayor|Chancellor|Premier|King|Queen|Prince|Crown|Councilmember|Chairman|Vice|General|Gen)\.?\s/;
const ROLE_RULES = new Set(['role', 'pronoun']);

function forms(a: LocalActor): string[] {
  const fromMentions = a.mentions.filter((m) => !ROLE_RULES.has(m.rule)).map((m) => m.text);
  return [...new Set([a.name, ...fromMentions, ...a.surfaces.filter((s) => !/^the\s/i.test(s) || /^The\s\p{Lu}/u.test(s))])];
}

function orgKey(s: string): string {
  return foldName(s).replace(/^the\s+/, '').replace(/[,]/g, '').replace(/\s+/g, ' ');
}

export function resolveActors(locals: { source: string; actors: LocalActor[] }[], catalog: Catalog): ResolvedActors {
  const ignore = new Set(catalog.ignore.map(orgKey));
  const splits = catalog.split.map((names) => names.map(orgKey));
  const mustSplit = (a: string[], b: string[]) => splits.some((set) => set.some((x) => a.map(orgKey).includes(x)) && set.some((x) => b.map(orgKey).includes(x)) && !a.map(orgKey).some((x) => b.map(orgKey).includes(x) && set.includes(x)));
  const groups: Group[] = [];
  const groupIndex = new GroupIndex();
  const catalogFor = (names: string[]) => catalog.actors.find((c) => [c.name, ...c.aliases, ...c.merge].map(orgKey).some((k) => names.map(orgKey).includes(k)));
  const ambiguous: ResolvedActors['ambiguous'] = [];
  const all = locals.flatMap((s) => s.actors.map((local) => ({ source: s.source, local })));
  // Longest names first so single surnames attach to full names.
  all.sort((x, y) => Number(y.local.gazetteer) - Number(x.local.gazetteer) || nameWords(y.local.name).length - nameWords(x.local.name).length || cmp(x.source, y.source) || cmp(x.local.key, y.local.key));
  for (const item of all) {
    const a = item.local;
    const f = forms(a);
    if (f.some((x) => ignore.has(orgKey(x)))) continue;
    const cat = catalogFor([a.name, ...f]);
    let group: Group | undefined;
    if (cat) group = groupIndex.catalog(cat);
    if (!group && a.gazetteer) group = groupIndex.gazetteer(a.kind, a.name);
    if (!group && !a.gazetteer && a.kind === 'person') {
      const words = nameWords(a.name);
      if (words.length >= 2) {
        group = groupIndex.samePersonCandidates(a.name).find((g) => g.kind === 'person' && !g.catalog && [...g.fullNames].some((n) => samePerson(n, a.name)) && !(splits.length > 0 && mustSplit(g.members.map((m) => m.local.name), [a.name])));
      } else {
        const fits = groupIndex.withWord(words[0]).filter((g) => g.kind === 'person');
        if (fits.length === 1) group = fits[0];
        else if (fits.length > 1) ambiguous.push({ source: item.source, name: a.name, candidates: fits.map((g) => g.members[0]!.local.name).sort() });
      }
    }
    if (!group && !a.gazetteer && a.kind === 'organization') {
      const keys = new Set(f.map(orgKey).filter((k) => k.length > 2));
      group = groupIndex.withOrgKeys(keys).find((g) => g.kind === 'organization' && !g.gazetteer);
    }
    if (!group) {
      group = { kind: cat?.kind ?? a.kind, members: [], gazetteer: a.gazetteer, ...(cat ? { catalog: cat } : {}), order: groups.length, fullNames: new Set() };
      groups.push(group);
      groupIndex.created(group, a);
    }
    group.members.push(item);
    groupIndex.joined(group, a);
  }

  const actors: Actor[] = [];
  const index = new Map<string, string>();
  const merges: ResolvedActors['merges'] = [];
  const used = new Set<string>();
  const built = groups.map((g) => {
    const count = new Map<string, number>();
    for (const m of g.members) {
      const full = m.local.kind === 'person' ? forms(m.local).filter((x) => nameWords(x).length >= 2 && !/^(?:the|a|an)\s/i.test(x) && !HONORIFIC_OR_TITLE.test(x)) : [m.local.name];
      for (const x of full) count.set(x, (count.get(x) ?? 0) + 1);
    }
    let name = g.catalog?.name ?? (g.gazetteer ? g.members[0]!.local.name : [...count.entries()].sort((x, y) => y[1] - x[1] || nameWords(y[0]).length - nameWords(x[0]).length || x[0].length - y[0].length || cmp(x[0], y[0]))[0]?.[0] ?? g.members[0]!.local.name);
    if (g.kind === 'organization' && !g.gazetteer && !g.catalog) {
      // the fullest written name of an organisation
      name = [...count.keys()].sort((x, y) => y.length - x.length || cmp(x, y))[0]!;
    }
    return { g, name };
  });
  built.sort((x, y) => cmp(x.name, y.name));
  for (const { g, name } of built) {
    let id = slugify(name);
    if (used.has(id)) id = `${id}-${g.kind}`;
    let n = 2;
    while (used.has(id)) id = `${slugify(name)}-${n++}`;
    used.add(id);
    const mentions: Mention[] = [];
    const roles: Role[] = [];
    const aliases = new Set<string>();
    for (const m of g.members) {
      index.set(`${m.source}\u0000${m.local.key}`, id);
      for (const x of m.local.mentions) mentions.push({ source: m.source, paragraph: x.paragraph, text: x.text });
      for (const r of m.local.roles) roles.push({ source: m.source, paragraph: r.paragraph, title: r.title });
      for (const s of m.local.surfaces) aliases.add(s);
      for (const x of m.local.mentions) aliases.add(x.text);
    }
    for (const al of g.catalog?.aliases ?? []) aliases.add(al);
    aliases.delete(name);
    const roleCount = new Map<string, number>();
    for (const r of roles) roleCount.set(r.title, (roleCount.get(r.title) ?? 0) + 1);
    const role = g.catalog?.role ?? ([...roleCount.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0] ?? null);
    const order = (x: { source: string; paragraph: string }, y: { source: string; paragraph: string }) => cmp(x.source, y.source) || Number(x.paragraph.slice(1)) - Number(y.paragraph.slice(1));
    mentions.sort((x, y) => order(x, y) || cmp(x.text, y.text));
    roles.sort((x, y) => order(x, y) || cmp(x.title, y.title));
    actors.push({ id, name, kind: g.catalog?.kind ?? g.kind, role, roles, aliases: [...aliases].sort(), mentions });
    if (g.kind === 'person') {
      const variants = [...new Set(g.members.map((m) => m.local.name))].filter((v) => v !== name && nameWords(v).length >= 2);
      if (variants.length) merges.push({ actor: id, variants: variants.sort() });
    }
  }
  actors.sort((x, y) => cmp(x.id, y.id));
  return { actors, index, merges: merges.sort((x, y) => cmp(x.actor, y.actor)), ambiguous };
}
