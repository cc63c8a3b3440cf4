/**
 * YAML front matter for the emitted pages, written directly: block maps and sequences, every string double-quoted
 * (so no value can be read back as a date, number or boolean), keys plain. The layout is the `yaml` package's for
 * these options (tests/emit/front-matter.test.ts compares), in a tenth of the time: at 3,000 pages the package took
 * half a second.
 *
 * Strings are written with JSON's escapes, which YAML's double-quoted scalars share, plus `\uXXXX` for the characters
 * YAML does not allow unescaped (DEL, the C1 controls but NEL, U+FEFF, U+FFFE, U+FFFF): any text comes back as it was.
 */

const NOT_PRINTABLE = /[\u007f-\u0084\u0086-\u009f\ufeff\ufffe\uffff]/g;

export function yamlString(value: string): string {
  return JSON.stringify(value).replace(NOT_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`front matter: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  throw new Error(`front matter: unsupported value ${typeof value}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function key(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`front matter: key ${JSON.stringify(name)} is not a plain name`);
  return name;
}

/** Lines of a map's entries at `indent`; `first` is the prefix of the first line (a sequence item's "- "). */
function writeMap(map: Record<string, unknown>, indent: string, out: string[], first = indent): void {
  let prefix = first;
  for (const [k, v] of Object.entries(map)) {
    if (v === undefined) continue;
    writeEntry(`${prefix}${key(k)}:`, v, indent, out);
    prefix = indent;
  }
  if (prefix === first && first !== indent) out.push(`${first}{}`); // an empty map as a sequence item
}

function writeEntry(head: string, value: unknown, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.push(`${head} []`);
    else {
      out.push(head);
      writeSequence(value, `${indent}  `, out);
    }
  } else if (isObject(value)) {
    if (Object.keys(value).every((k) => value[k] === undefined)) out.push(`${head} {}`);
    else {
      out.push(head);
      writeMap(value, `${indent}  `, out);
    }
  } else {
    out.push(`${head} ${scalar(value)}`);
  }
}

function writeSequence(items: readonly unknown[], indent: string, out: string[]): void {
  for (const item of items) {
    if (isObject(item)) writeMap(item, `${indent}  `, out, `${indent}- `);
    else if (Array.isArray(item)) throw new Error('front matter: a sequence in a sequence');
    else out.push(`${indent}- ${scalar(item)}`);
  }
}

/** The front matter's YAML (without the `---` lines), ending with a newline. */
export function stringifyFrontMatter(data: Record<string, unknown>): string {
  const out: string[] = [];
  writeMap(data, '', out);
  return out.length ? out.join('\n') + '\n' : '{}\n';
}
