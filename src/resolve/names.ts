/**
 * When are two written names the same person? By a transliteration skeleton of the surname
 * (Zelensky / Zelenskyy / Zelenskiy; Straßburger / Strassburger) AND compatible given names
 * (missing, an initial, equal, or listed variants: Volodymyr ~ Vladimir). Never by edit distance and
 * never by a shared first name alone.
 */
import { GIVEN_NAME_VARIANTS } from './given-name-variants.ts';
import { slugify as transliteratedSlug } from '../ingest/slug.ts';

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter', 'ten', 'zu', 'y']);

export function foldName(s: string): string {
  return s.normalize('NFD').replace(/ß/g, 'ss').replace(/\p{M}/gu, '').replace(/[.]/g, '').replace(/[’']/g, "'").toLowerCase().trim();
}

/** Transliteration skeleton of one name word. */
export function skeleton(word: string): string {
  let w = foldName(word).replace(/ß/g, 'ss');
  w = w.replace(/ue/g, 'u').replace(/oe/g, 'o').replace(/ae/g, 'a');
  w = w.replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/w$/, 'v');
  w = w.replace(/[iyj]+/g, 'i');
  w = w.replace(/(.)\1+/g, '$1');
  return w;
}

/** Name words without particles, folded. */
export function nameWords(name: string): string[] {
  return foldName(name).split(/[\s]+/).filter((w) => w && !PARTICLES.has(w));
}

const variantIndex = new Map<string, number>();
GIVEN_NAME_VARIANTS.forEach((cls, i) => cls.forEach((n) => variantIndex.set(skeleton(n), i)));

export function givenNamesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa === sb) return true;
  if (sa.length === 1 || sb.length === 1) return sa[0] === sb[0];
  if (/^[a-z]{2}$/.test(sa) && sb.startsWith(sa[0]!) && false) return true;
  const ia = variantIndex.get(sa);
  return ia !== undefined && ia === variantIndex.get(sb);
}

/**
 * Same person? Full names: same surname skeleton and compatible given names, or the same set of words
 * in another order ("Liu Yanping" / "Yanping Liu").
 */
export function samePerson(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const ka = wa.map(skeleton).sort().join(' ');
  const kb = wb.map(skeleton).sort().join(' ');
  if (ka === kb) return true;
  if (wa.length < 2 || wb.length < 2) return false;
  if (skeleton(wa[wa.length - 1]!) !== skeleton(wb[wb.length - 1]!)) return false;
  // Middle names may be missing: compare first given names.
  return givenNamesCompatible(wa[0], wb[0]);
}

/** Slug of a canonical name: `donald-trump`, `kremlin`, `u-s-state-department`. */
export function slugify(name: string): string {
  // Names in other scripts (Cyrillic, Greek) fold to nothing here: transliterate them as source slugs are.
  return foldName(name).replace(/&/g, ' and ').replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || transliteratedSlug(name) || 'actor';
}
