/** Small predicates over single words, built on the lexicon tables. */
import {
  CALENDAR_WORDS, COMMON_CAPITALISED, HONORIFICS, NON_ACTOR_HEADS, ORG_HEADS, PERSON_TITLES,
} from './gazetteer/lexicon.ts';
import { countryOfDemonym } from './gazetteer/index.ts';
import { isAllCaps, isCapitalised } from './tokens.ts';

export const lower = (w: string) => w.toLowerCase().replace(/’/g, "'");

/** Lower-case particles inside names ("Ursula von der Leyen", "Faisal bin Farhan", "Sigrid de Vries"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter', 'ten', 'zu', 'y']);

/** Suffixes after a barrister's or judge's name ("Michael Khalil SC"). */
export const NAME_SUFFIXES = new Set(['SC', 'KC', 'QC', 'Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

export function isTitle(w: string): boolean {
  return PERSON_TITLES.has(lower(w)) || HONORIFICS.has(lower(w));
}

export function isOrgHead(w: string): boolean {
  return ORG_HEADS.has(lower(w));
}

/** Could this capitalised word be part of a person's name? */
export function isNameWord(w: string): boolean {
  if (!isCapitalised(w)) return false;
  const l = lower(w);
  if (w.length < 2 && !/^\p{Lu}\.$/u.test(w)) return false;
  if (/\d/.test(w)) return false;
  if (COMMON_CAPITALISED.has(l) || CALENDAR_WORDS.has(l) || PERSON_TITLES.has(l) || HONORIFICS.has(l)) return false;
  if (ORG_HEADS.has(l) || NON_ACTOR_HEADS.has(l)) return false;
  if (countryOfDemonym(w)) return false;
  if (isAllCaps(w) && !/^(?:\p{Lu}\.)+$/u.test(w) && !/^\p{Lu}{2}$/u.test(w)) return false;
  return true;
}
