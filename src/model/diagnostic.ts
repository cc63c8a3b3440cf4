/**
 * Messages for users, in the manner of unified's VFileMessage: every message names the file,
 * where in it (line or paragraph), what is wrong and what to do.
 */
/** `info`: worth knowing, not a problem (does not fail `--strict`); `warning`: something was skipped or guessed. */
export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  severity: Severity;
  /** File the message is about, relative to the project (e.g. `seeds/foo.txt`). */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Paragraph id (`p3`), when the message is about a paragraph. */
  paragraph?: string;
  /** Short machine-readable reason, e.g. `empty-file`, `binary`, `duplicate`. */
  rule: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What the user can do about it. */
  hint?: string;
}

export function info(file: string, rule: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'info', file, rule, message, ...extra };
}

export function warning(file: string, rule: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'warning', file, rule, message, ...extra };
}

export function error(file: string, rule: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'error', file, rule, message, ...extra };
}

/** One line, `file:line: warning: message (rule) — hint`, as compilers print. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.paragraph ? `${d.file} ¶${d.paragraph}` : d.file;
  const hint = d.hint ? ` — ${d.hint}` : '';
  return `${where}: ${d.severity}: ${d.message} [${d.rule}]${hint}`;
}

/** Diagnostics that count as problems (`--strict` fails on them). */
export function isProblem(d: Diagnostic): boolean {
  return d.severity !== 'info';
}

/** Thrown for failures that must stop the run (bad catalog, unwritable output). */
export class DossierError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'DossierError';
    this.diagnostic = diagnostic;
  }
}
