/**
 * Plain text → blocks. Paragraphs are either separated by blank lines or written one per line (many
 * scrapers drop the blank lines); each group of lines is looked at to decide which.
 */
import { makeBlock, type Block } from './block.ts';

const TERMINAL = /[.!?:;"”’')\]»…]$/;

/** True when the lines of one group are separate paragraphs rather than one hard-wrapped paragraph. */
export function isOnePerLine(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  let longest = 0;
  let ended = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    longest = Math.max(longest, line.length);
    if (i < lines.length - 1 && (TERMINAL.test(line) || line.length < 40)) ended++;
  }
  return longest > 120 || ended / (lines.length - 1) >= 0.6;
}

/** Groups of consecutive non-blank lines, with the 0-based index of their first line. */
export function lineGroups(lines: readonly string[]): { start: number; lines: string[] }[] {
  const groups: { start: number; lines: string[] }[] = [];
  let current: { start: number; lines: string[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      current = null;
      continue;
    }
    if (!current) {
      current = { start: i, lines: [] };
      groups.push(current);
    }
    current.lines.push(line);
  }
  return groups;
}

export function readText(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (const group of lineGroups(lines)) {
    if (isOnePerLine(group.lines)) {
      group.lines.forEach((line, k) => blocks.push(makeBlock('paragraph', line, { line: group.start + k + 1 })));
    } else {
      blocks.push(makeBlock('paragraph', group.lines.join(' '), { line: group.start + 1 }));
    }
  }
  return blocks;
}

/**
 * For markdown-flavoured text: put a blank line between lines of groups written one paragraph per
 * line, so the markdown parser does not merge them. Returns the new lines and, for each, its line in
 * the original file (1-based).
 */
export function separateLines(lines: readonly string[]): { lines: string[]; origin: number[] } {
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const group of lineGroups(lines)) {
    for (; i < group.start; i++) {
      out.push(lines[i]!);
      origin.push(i + 1);
    }
    const split =
      isOnePerLine(group.lines) &&
      !group.lines.some((l) => /^\s*(?:[-*+]|\d+[.)]|>|\||```|~~~)\s?/.test(l) || /^\s{4,}/.test(l) || /^(?:---|===)\s*$/.test(l.trim()));
    group.lines.forEach((line, k) => {
      if (split && k > 0) {
        out.push('');
        origin.push(group.start + k + 1);
      }
      out.push(line);
      origin.push(group.start + k + 1);
    });
    i = group.start + group.lines.length;
  }
  for (; i < lines.length; i++) {
    out.push(lines[i]!);
    origin.push(i + 1);
  }
  return { lines: out, origin };
}
