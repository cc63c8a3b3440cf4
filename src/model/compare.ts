/**
 * The one string order of the pipeline: by UTF-16 code unit, as `<` compares strings. Never `localeCompare`, whose
 * answer depends on the machine's locale and ICU version (the same seeds must give byte-identical output
 * everywhere) and which costs a collator call per comparison.
 */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
