/**
 * Version and alias names become folder names on the deploy branch and path segments in URLs:
 * keep them to a safe, portable alphabet.
 */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Names that would clash with files Dossier writes at the branch root. */
const RESERVED = new Set(['versions.json', 'index.html', '404.html', '.nojekyll', '_astro', 'pagefind']);

/** Null when `name` is a usable version or alias name, else the reason it is not. */
export function nameProblem(name: string): string | null {
  if (!NAME.test(name)) {
    return `"${name}" is not a valid name: use letters, digits, ".", "_" or "-", starting with a letter or digit (at most 64 characters)`;
  }
  if (name.endsWith('.') || name.includes('..')) return `"${name}" is not a valid name: it must not end with "." or contain ".."`;
  if (RESERVED.has(name.toLowerCase())) return `"${name}" is reserved for files at the root of the deploy branch`;
  return null;
}
