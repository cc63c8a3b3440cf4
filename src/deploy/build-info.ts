/**
 * What a deployed build knows about itself, passed from `dossier deploy` to Astro pages through
 * environment variables. A plain `npm run build` sets none of them: pages then show no version
 * and `content/` stays independent of the build date.
 */
export const BUILD_ENV = {
  /** Version name, e.g. `2025-02-15`. */
  version: 'DOSSIER_VERSION',
  /** ISO 8601 UTC time of the deploy build. */
  buildDate: 'DOSSIER_BUILD_DATE',
  /** Commit of the project (seeds) the build comes from; `-dirty` appended when built with --allow-dirty. */
  seedCommit: 'DOSSIER_SEED_COMMIT',
  /** Path to the previous version's graph.json (read from the deploy branch), for /changes/. */
  previousGraph: 'DOSSIER_PREVIOUS_GRAPH',
  /** Name of that previous version, to link what it had and this one has not. */
  previousVersion: 'DOSSIER_PREVIOUS_VERSION',
  /** URL path of versions.json on the host (the parent of the version folder), for the switcher. */
  versionsUrl: 'DOSSIER_VERSIONS_URL',
} as const;

export interface BuildInfo {
  version: string | null;
  buildDate: string | null;
  seedCommit: string | null;
  previousGraph: string | null;
  previousVersion: string | null;
  versionsUrl: string | null;
}

type Env = Record<string, string | undefined>;

function value(env: Env, key: string): string | null {
  const v = env[key];
  return v === undefined || v.trim() === '' ? null : v.trim();
}

export function readBuildInfo(env: Env): BuildInfo {
  return {
    version: value(env, BUILD_ENV.version),
    buildDate: value(env, BUILD_ENV.buildDate),
    seedCommit: value(env, BUILD_ENV.seedCommit),
    previousGraph: value(env, BUILD_ENV.previousGraph),
    previousVersion: value(env, BUILD_ENV.previousVersion),
    versionsUrl: value(env, BUILD_ENV.versionsUrl),
  };
}

export function buildInfoEnv(info: BuildInfo): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [field, key] of Object.entries(BUILD_ENV)) {
    const v = info[field as keyof BuildInfo];
    if (v !== null) env[key] = v;
  }
  return env;
}
