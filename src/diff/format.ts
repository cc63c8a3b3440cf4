/**
 * A GraphDiff as plain text for the terminal (`dossier diff old.json new.json`).
 */
import type { FigureRef, GraphDiff } from './graph-diff.ts';
import { countChanges } from './graph-diff.ts';

function cite(x: { source: string; paragraph: string }): string {
  return `[${x.source}#${x.paragraph}]`;
}

function figure(f: FigureRef): string {
  return `${f.text} ${cite(f)}`;
}

function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatDiff(d: GraphDiff): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]): void => {
    if (lines.length === 0) return;
    out.push(`${title} (${lines.length})`);
    for (const line of lines) out.push(`  ${line}`);
    out.push('');
  };
  section('New sources', d.sources.added.map((s) => `+ ${s.slug}: ${s.title}${s.publisher ? ` (${s.publisher})` : ''}`));
  section('Removed sources', d.sources.removed.map((s) => `- ${s.slug}: ${s.title}${s.publisher ? ` (${s.publisher})` : ''}`));
  section('New actors', d.actors.added.map((a) => `+ ${a.id}: ${a.name} (${a.kind})`));
  section('Removed actors', d.actors.removed.map((a) => `- ${a.id}: ${a.name} (${a.kind})`));
  section('New quotes', d.quotes.added.map((q) => `+ ${q.speakerName ?? q.speaker ?? 'unattributed'}: “${clip(q.text)}” ${cite(q)}`));
  section('Removed quotes', d.quotes.removed.map((q) => `- ${q.speakerName ?? q.speaker ?? 'unattributed'}: “${clip(q.text)}” ${cite(q)}`));
  section('Figures that changed', d.figures.changed.map((c) =>
    `~ ${c.subject} (${c.unit}): ${c.before.map(figure).join(', ')} → ${c.after.map(figure).join(', ')}`));
  section('New figures', d.figures.added.map((f) => `+ ${f.text}${f.about ? ` — ${f.about}` : ''} ${cite(f)}`));
  section('Removed figures', d.figures.removed.map((f) => `- ${f.text}${f.about ? ` — ${f.about}` : ''} ${cite(f)}`));
  section('New events', d.events.added.map((e) => `+ ${e.date ?? 'undated'}: ${clip(e.text)} ${cite(e)}`));
  section('New disagreements', d.disagreements.added.map((x) => `+ ${x.subject}: ${x.figures.map(figure).join(' vs ')}`));
  const n = countChanges(d);
  out.push(n === 0 ? 'No changes.' : `${n} change${n === 1 ? '' : 's'}.`);
  return out.join('\n') + '\n';
}
