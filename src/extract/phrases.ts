/**
 * Candidate topic phrases of each paragraph: runs of lower-case content words (two or three words,
 * no stop words at either end), e.g. "rare earth minerals", "security guarantees". The graph stage scores
 * them against ordinary news language and groups them into topics.
 */
import type { Para } from './paragraphs.ts';
import { STOP_WORDS } from './stopwords.ts';
import { PERSON_ROLE_NOUNS, PERSON_TITLES } from './gazetteer/lexicon.ts';
import { NAME_PARTICLES } from './words.ts';

export function findPhrases(paras: Para[]): { paragraph: string; terms: string[] }[] {
  const out: { paragraph: string; terms: string[] }[] = [];
  for (const p of paras) {
    const terms = new Set<string>();
    // Capitalised words (names) and digits break phrases: topics are common-noun phrases.
    const words = p.text.replace(/[’]/g, "'").replace(/[.,;:!?()"“”‘—–\d%$€£]/g, ' . ').split(/[^\p{L}\-'.]+/u).filter(Boolean).map((w) => (/^\p{Lu}/u.test(w) ? '.' : w));
    // split into runs at stop words
    let run: string[] = [];
    const flush = () => {
      for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= run.length; i++) terms.add(run.slice(i, i + n).join(' '));
      run = [];
    };
    for (const w of words) {
      const clean = w.replace(/^'+|'+$/g, '').replace(/'s$/, '');
      if (!clean || STOP_WORDS.has(clean) || NAME_PARTICLES.has(clean) || clean.length < 3 || /^-|-$/.test(clean)) flush();
      else run.push(clean.replace(/-/g, ' ').split(' ').length > 1 ? clean : clean);
    }
    flush();
    // A phrase that names a person's function ("chief executive", "council member") is a role, not a subject.
    for (const t of [...terms]) if (PERSON_ROLE_NOUNS.has(t.split(' ').pop()!) || PERSON_TITLES.has(t.split(' ').pop()!)) terms.delete(t);
    if (terms.size) out.push({ paragraph: p.id, terms: [...terms].sort() });
  }
  return out;
}
