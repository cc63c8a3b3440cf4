/**
 * Statements: reported speech and stance without quotation marks ("Zelensky has rejected the
 * proposal", "Hegseth ruled out sending American forces"). The subject must be a mention or a pronoun
 * resolved to the last person named; the whole sentence is kept with its verb.
 */
import type { Para } from './paragraphs.ts';
import type { LocalActor, LocalQuote, LocalStatement } from './types.ts';
import { STANCE_VERBS } from './gazetteer/lexicon.ts';
import { sentenceSpans } from './tokens.ts';
import { quoteSpans } from './quotes.ts';
import { lower } from './words.ts';

const AUX = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'repeatedly', 'previously', 'again', 'publicly', 'recently', 'flatly', 'firmly', 'already', 'reportedly', 'never', 'not', 'would', 'will', 'could']);

export function findStatements(paras: Para[], actors: LocalActor[], quotes: LocalQuote[]): LocalStatement[] {
  const out: LocalStatement[] = [];
  let lastPerson: string | null = null;
  for (const p of paras) {
    const spans = quoteSpans(p.text);
    const mentions = actors.flatMap((a) => a.mentions.filter((m) => m.paragraph === p.id).map((m) => ({ key: a.key, kind: a.kind, start: m.start, end: m.end })));
    for (const s of sentenceSpans(p.text, spans)) {
      const text = p.text.slice(s.start, s.end).trim();
      if (!text || spans.some((q) => q.start >= s.start && q.end <= s.end)) {
        const ms = mentions.filter((m) => m.kind === 'person' && m.start >= s.start && m.end <= s.end);
        if (ms.length) lastPerson = ms[ms.length - 1]!.key;
        continue;
      }
      const toks = p.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
      for (let v = 0; v < toks.length; v++) {
        const w = lower(toks[v]!.text);
        if (!STANCE_VERBS.has(w)) continue;
        if (w === 'ruled' && lower(toks[v + 1]?.text ?? '') !== 'out') continue;
        if (w === 'called' && lower(toks[v + 1]?.text ?? '') !== 'for') continue;
        let k = v - 1;
        while (k >= 0 && AUX.has(lower(toks[k]!.text))) k--;
        if (k < 0) continue;
        const t = toks[k]!;
        let speaker: string | null = mentions.find((m) => m.end === t.end)?.key ?? null;
        let rule = 'subject';
        if (!speaker && (lower(t.text) === 'he' || lower(t.text) === 'she')) { speaker = lastPerson; rule = 'pronoun'; }
        if (!speaker) continue;
        const verb = w === 'ruled' ? 'ruled out' : w === 'called' ? 'called for' : toks[v]!.text;
        out.push({ paragraph: p.id, text, speaker, verb, rule, confidence: rule === 'subject' ? 'explicit' : 'inferred' });
        break;
      }
      const ms = mentions.filter((m) => m.kind === 'person' && m.start >= s.start && m.end <= s.end);
      if (ms.length) lastPerson = ms[ms.length - 1]!.key;
    }
  }
  void quotes;
  return out;
}
