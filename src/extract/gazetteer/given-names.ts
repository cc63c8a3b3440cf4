/**
 * Given names, surnames and place names from compromise's English lexicon (a generic list shipped with
 * the package; nothing about any story). A capitalised pair that starts with a known given name is read
 * as a person's name even without a title; a known city is a place, not an actor.
 */
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function collect(test: (tag: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.some(test) && !word.includes(' ')) out.add(word);
  }
  return out;
}

const FOLD = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const given = collect((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
const cities = collect((t) => t === 'City');

export function isGivenName(word: string): boolean {
  return given.has(FOLD(word));
}

export function isKnownCity(word: string): boolean {
  return cities.has(FOLD(word));
}
