/**
 * What a printed page says about the build it comes from: the version name and build date that
 * `dossier deploy` passes as DOSSIER_VERSION / DOSSIER_BUILD_DATE, or, for a plain local build,
 * "local build" and today's date (dist/ only; content/ never depends on it).
 */
export interface BuildStamp {
  version: string | null;
  /** YYYY-MM-DD */
  date: string;
}

export function buildStamp(env: Record<string, string | undefined> = process.env, now: Date = new Date()): BuildStamp {
  const version = env.DOSSIER_VERSION?.trim() || null;
  const raw = env.DOSSIER_BUILD_DATE?.trim();
  const parsed = raw ? new Date(raw) : null;
  const date = (parsed && !Number.isNaN(parsed.getTime()) ? parsed : now).toISOString().slice(0, 10);
  return { version, date };
}

/** One line for running footers: "Dossier · version 2025-02-15 · built 2025-02-15". */
export function stampLine(stamp: BuildStamp): string {
  return `Dossier · ${stamp.version ? `version ${stamp.version}` : 'local build'} · built ${stamp.date}`;
}
