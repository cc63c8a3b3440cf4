/** The eval report as text: the misses (file + what was missed), then one line per measure, then the summary line. */
import type { EvalReport, Ratio } from './index.ts';

const f = (x: number) => x.toFixed(3);
const r = (x: Ratio) => `${f(x.value)} (${x.hit}/${x.total})`;

export function formatReport(report: EvalReport, options: { misses?: boolean } = {}): string {
  const lines: string[] = [];
  if (options.misses !== false && report.misses.length) {
    lines.push('Misses:');
    let file = '';
    for (const m of report.misses) {
      if (m.file !== file) { lines.push(`  ${m.file}`); file = m.file; }
      lines.push(`    ${m.kind}: ${m.detail}`);
    }
    lines.push('');
  }
  lines.push(`actors: precision ${r(report.actors.precision)}, recall ${r(report.actors.recall)}, F1 ${f(report.actors.f1)}`);
  lines.push(`quote speakers: accuracy ${r(report.quoteSpeakers)}, quote recall ${r(report.quotes.recall)}, quote precision ${r(report.quotes.precision)}`);
  lines.push(`figures: recall ${r(report.figures.recall)}, precision ${r(report.figures.precision)}`);
  lines.push(`event dates: accuracy ${r(report.eventDates)}`);
  lines.push(`publication dates: accuracy ${r(report.publicationDates)}`);
  lines.push(`duplicates found: ${report.duplicates.hit}/${report.duplicates.total}`);
  lines.push(`disagreements found: ${report.disagreements.hit}/${report.disagreements.total}`);
  lines.push(`actors F1 ${report.actors.f1.toFixed(2)} · quote speakers ${report.quoteSpeakers.value.toFixed(2)} · figures R ${report.figures.recall.value.toFixed(2)} · dates ${report.eventDates.value.toFixed(2)}`);
  return lines.join('\n') + '\n';
}
