/**
 * Bytes → text. Handles BOMs (UTF-8, UTF-16 LE/BE), invalid UTF-8 (decoded with U+FFFD and a warning),
 * binary files (NUL bytes → skipped), oversized files (truncated with a warning), line endings (CRLF and
 * lone CR → LF) and Unicode normalisation (NFC). Never throws.
 */
import { warning, type Diagnostic } from '../model/diagnostic.ts';

/**
 * Largest input read, in bytes; longer files are truncated (with a warning). A news article is tens
 * of kilobytes and a full scraped page rarely passes one megabyte; this keeps a runaway file bounded.
 */
export const MAX_BYTES = 2 * 1024 * 1024;

export interface Decoded {
  /** Decoded text, or null when the file is skipped (binary). */
  text: string | null;
  diagnostics: Diagnostic[];
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function sniffEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** A NUL byte in UTF-8 text, or many control bytes, means this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export function decode(file: string, input: Uint8Array): Decoded {
  const diagnostics: Diagnostic[] = [];
  let bytes = input;
  const { encoding, bomLength } = sniffEncoding(bytes);
  if (encoding === 'utf-8' && looksBinary(bytes.subarray(bomLength))) {
    diagnostics.push(
      warning(file, 'binary', 'File looks binary (NUL or control bytes), not text; skipped.', {
        hint: 'Seeds must be .txt, .md or .html text files; convert the document to text or remove it from seeds/.',
      }),
    );
    return { text: null, diagnostics };
  }
  if (bytes.length > MAX_BYTES) {
    let end = MAX_BYTES;
    if (encoding === 'utf-8') {
      // Do not cut a multi-byte character in half.
      while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    } else if ((end - bomLength) % 2 === 1) end--;
    diagnostics.push(
      warning(file, 'truncated', `File is ${bytes.length} bytes; only the first ${end} bytes were read.`, {
        hint: `Split the document or trim it below ${MAX_BYTES} bytes.`,
      }),
    );
    bytes = bytes.subarray(0, end);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
    const at = text.indexOf('\uFFFD');
    const line = at >= 0 ? countLines(text, at) : undefined;
    diagnostics.push(
      warning(file, 'invalid-encoding', `File is not valid ${encoding.toUpperCase()}; invalid bytes were replaced with \uFFFD.`, {
        ...(line ? { line } : {}),
        hint: 'Re-save the file as UTF-8.',
      }),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (encoding !== 'utf-8' && text.includes('\u0000')) {
    diagnostics.push(warning(file, 'binary', 'File contains NUL characters; skipped.', { hint: 'Remove the file from seeds/.' }));
    return { text: null, diagnostics };
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  return { text, diagnostics };
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
