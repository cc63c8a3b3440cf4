/**
 * `versions.json` at the root of the deploy branch: the list of published versions (newest first),
 * their aliases, and the default the branch root redirects to. Pure functions over plain data.
 */
import type { Graph } from '../model/graph.ts';

export interface VersionCounts {
  sources: number;
  actors: number;
  quotes: number;
  figures: number;
  events: number;
  topics: number;
  disagreements: number;
}

export interface VersionEntry {
  /** Folder name on the branch, e.g. `2025-02-15`. */
  name: string;
  title: string;
  /** Build date, ISO 8601 UTC. */
  date: string;
  /** Commit of the project (seeds) the version was built from, or null outside git. */
  commit: string | null;
  /** True when built from a working tree with uncommitted changes (`--allow-dirty`). */
  dirty: boolean;
  aliases: string[];
  /** How the aliases of this version are published. */
  aliasType: AliasType;
  counts: VersionCounts | null;
}

export type AliasType = 'redirect' | 'copy';

export interface VersionsFile {
  schema: 'dossier-versions/1';
  /** Version or alias the branch root redirects to, or null before the first deploy. */
  default: string | null;
  versions: VersionEntry[];
}

export function emptyVersions(): VersionsFile {
  return { schema: 'dossier-versions/1', default: null, versions: [] };
}

export function countGraph(graph: Graph): VersionCounts {
  return {
    sources: graph.sources.length,
    actors: graph.actors.length,
    quotes: graph.quotes.length,
    figures: graph.figures.length,
    events: graph.events.length,
    topics: graph.topics.length,
    disagreements: graph.disagreements.length,
  };
}

/** Parse `versions.json`; throws an Error naming the problem. */
export function parseVersions(text: string): VersionsFile {
  const data = JSON.parse(text) as Partial<VersionsFile> | null;
  if (!data || data.schema !== 'dossier-versions/1' || !Array.isArray(data.versions)) {
    throw new Error('versions.json is not a Dossier versions file (expected "schema": "dossier-versions/1")');
  }
  const versions = data.versions.map((v): VersionEntry => ({
    name: String(v.name),
    title: typeof v.title === 'string' ? v.title : String(v.name),
    date: typeof v.date === 'string' ? v.date : '',
    commit: typeof v.commit === 'string' ? v.commit : null,
    dirty: v.dirty === true,
    aliases: Array.isArray(v.aliases) ? v.aliases.map(String) : [],
    aliasType: v.aliasType === 'copy' ? 'copy' : 'redirect',
    counts: v.counts ?? null,
  }));
  return { schema: 'dossier-versions/1', default: typeof data.default === 'string' ? data.default : null, versions };
}

export function serializeVersions(file: VersionsFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

export function findVersion(file: VersionsFile, name: string): VersionEntry | undefined {
  return file.versions.find((v) => v.name === name);
}

/** The version an alias points to, if any. */
export function aliasOwner(file: VersionsFile, alias: string): VersionEntry | undefined {
  return file.versions.find((v) => v.aliases.includes(alias));
}

/** Resolve a version or alias name to a version name. */
export function resolveTarget(file: VersionsFile, name: string | null): string | null {
  if (name === null) return null;
  if (findVersion(file, name)) return name;
  return aliasOwner(file, name)?.name ?? null;
}

/**
 * Add or replace a version. A new version goes first (newest first); a redeployed one keeps its
 * place and its aliases. The given aliases move to this version from any other.
 * `defaultTarget` (a version or alias) sets what the branch root redirects to.
 */
export function upsertVersion(file: VersionsFile, entry: Omit<VersionEntry, 'aliases'>, aliases: readonly string[], defaultTarget: string | null): VersionsFile {
  const existing = findVersion(file, entry.name);
  const moved = new Set(aliases);
  const others = file.versions.map((v) => (v.name === entry.name ? v : { ...v, aliases: v.aliases.filter((a) => !moved.has(a)) }));
  const kept = existing ? existing.aliases : [];
  const merged: VersionEntry = { ...entry, aliases: [...new Set([...kept, ...aliases])].sort() };
  const versions = existing ? others.map((v) => (v.name === entry.name ? merged : v)) : [merged, ...others];
  const next: VersionsFile = { ...file, versions };
  // The root follows an alias (e.g. `latest`); a default naming a bare version moves to a newly
  // published one, so the site root never stays on an old version by accident.
  let def = defaultTarget ?? file.default;
  const followsVersion = def !== null && findVersion(file, def) !== undefined;
  if (defaultTarget === null && (def === null || resolveTarget(next, def) === null || (followsVersion && !existing))) {
    def = aliases[0] ?? entry.name;
  }
  return { ...next, default: def };
}

/** Remove a version and its aliases; the default moves to the newest remaining version when it pointed there. */
export function removeVersion(file: VersionsFile, name: string): VersionsFile {
  const versions = file.versions.filter((v) => v.name !== name);
  const next: VersionsFile = { ...file, versions };
  let def = file.default;
  if (def !== null && resolveTarget(next, def) === null) {
    const newest = versions[0];
    def = newest ? newest.aliases[0] ?? newest.name : null;
  }
  return { ...next, default: def };
}

/**
 * The version published just before `name` (the next one down the newest-first list), or the
 * newest existing one when `name` is new. Its graph is what `/changes/` compares against.
 */
export function previousVersion(file: VersionsFile, name: string): VersionEntry | null {
  const i = file.versions.findIndex((v) => v.name === name);
  if (i === -1) return file.versions[0] ?? null;
  return file.versions[i + 1] ?? null;
}
