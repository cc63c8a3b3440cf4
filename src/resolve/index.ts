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
import { foldName, nameWords, samePerson, slugify } from './names.ts';

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
}

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
  const catalogFor = (names: string[]) => catalog.actors.find((c) => [c.name, ...c.aliases, ...c.merge].map(orgKey).some((k) => names.map(orgKey).includes(k)));
  const ambiguous: ResolvedActors['ambiguous'] = [];
  const all = locals.flatMap((s) => s.actors.map((local) => ({ source: s.source, local })));
  // Longest names first so single surnames attach to full names.
  all.sort((x, y) => Number(y.local.gazetteer) - Number(x.local.gazetteer) || nameWords(y.local.name).length - nameWords(x.local.name).length || x.source.localeCompare(y.source) || x.local.key.localeCompare(y.local.key));
  for (const item of all) {
    const a = item.local;
    const f = forms(a);
    if (f.some((x) => ignore.has(orgKey(x)))) continue;
    const cat = catalogFor([a.name, ...f]);
    let group: Group | undefined;
    if (cat) group = groups.find((g) => g.catalog === cat);
    if (!group && a.gazetteer) group = groups.find((g) => g.gazetteer && g.kind === a.kind && g.members[0]!.local.name === a.name);
    if (!group && !a.gazetteer && a.kind === 'person') {
      const words = nameWords(a.name);
      if (words.length >= 2) {
        group = groups.find((g) => g.kind === 'person' && !g.catalog && g.members.some((m) => nameWords(m.local.name).length >= 2 && samePerson(m.local.name, a.name)) && !mustSplit(g.members.map((m) => m.local.name), [a.name]));
      } else {
        const fits = groups.filter((g) => g.kind === 'person' && g.members.some((m) => nameWords(m.local.name).includes(words[0]!)));
        if (fits.length === 1) group = fits[0];
        else if (fits.length > 1) ambiguous.push({ source: item.source, name: a.name, candidates: fits.map((g) => g.members[0]!.local.name).sort() });
      }
    }
    if (!group && !a.gazetteer && a.kind === 'organization') {
      const keys = new Set(f.map(orgKey).filter((k) => k.length > 2));
      group = groups.find((g) => g.kind === 'organization' && !g.gazetteer && g.members.some((m) => forms(m.local).some((x) => keys.has(orgKey(x)))));
    }
    if (!group) {
      group = { kind: cat?.kind ?? a.kind, members: [], gazetteer: a.gazetteer, ...(cat ? { catalog: cat } : {}) };
      groups.push(group);
    }
    group.members.push(item);
  }

  const actors: Actor[] = [];
  const index = new Map<string, string>();
  const merges: ResolvedActors['merges'] = [];
  const used = new Set<string>();
  const built = groups.map((g) => {
    const count = new Map<string, number>();
    for (const m of g.members) {
      const full = m.local.kind === 'person' ? forms(m.local).filter((x) => nameWords(x).length >= 2 && !/^(?:the|a)\s/i.test(x)) : [m.local.name];
      for (const x of full) count.set(x, (count.get(x) ?? 0) + 1);
    }
    let name = g.catalog?.name ?? (g.gazetteer ? g.members[0]!.local.name : [...count.entries()].sort((x, y) => y[1] - x[1] || nameWords(y[0]).length - nameWords(x[0]).length || x[0].length - y[0].length || x[0].localeCompare(y[0]))[0]?.[0] ?? g.members[0]!.local.name);
    if (g.kind === 'organization' && !g.gazetteer && !g.catalog) {
      // the fullest written name of an organisation
      name = [...count.keys()].sort((x, y) => y.length - x.length || x.localeCompare(y))[0]!;
    }
    return { g, name };
  });
  built.sort((x, y) => x.name.localeCompare(y.name));
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
    const role = g.catalog?.role ?? ([...roleCount.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null);
    const order = (x: { source: string; paragraph: string }, y: { source: string; paragraph: string }) => x.source.localeCompare(y.source) || Number(x.paragraph.slice(1)) - Number(y.paragraph.slice(1));
    mentions.sort((x, y) => order(x, y) || x.text.localeCompare(y.text));
    roles.sort((x, y) => order(x, y) || x.title.localeCompare(y.title));
    actors.push({ id, name, kind: g.catalog?.kind ?? g.kind, role, roles, aliases: [...aliases].sort(), mentions });
    if (g.kind === 'person') {
      const variants = [...new Set(g.members.map((m) => m.local.name))].filter((v) => v !== name && nameWords(v).length >= 2);
      if (variants.length) merges.push({ actor: id, variants: variants.sort() });
    }
  }
  actors.sort((x, y) => x.id.localeCompare(y.id));
  return { actors, index, merges: merges.sort((x, y) => x.actor.localeCompare(y.actor)), ambiguous };
}
