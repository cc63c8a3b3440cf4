/**
 * Look-up of gazetteer surfaces by token sequence. Keys keep case (so "US" ≠ "us", "WHO" ≠ "who")
 * but ignore diacritics and dots ("U.S." = "US" is decided by the entries themselves).
 */
import { COUNTRIES } from './countries.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { tokenize } from '../tokens.ts';
import type { ActorKind } from '../../model/graph.ts';

export interface GazetteerHit {
  name: string;
  kind: ActorKind;
  /** `name` | `alias` | `capital` (a capital or a city used for an institution: only when it acts). */
  via: 'name' | 'alias' | 'capital';
  /** A seat or building that is also a place ("at the White House"). */
  place?: boolean;
}

export function tokenKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.]/g, '').replace(/’/g, "'");
}

export function surfaceKey(surface: string): string {
  return tokenize(surface).map((t) => tokenKey(t.text)).join(' ');
}

const table = new Map<string, GazetteerHit>();
let longest = 1;

function add(surface: string, hit: GazetteerHit): void {
  const key = surfaceKey(surface);
  if (!table.has(key)) table.set(key, hit);
  longest = Math.max(longest, key.split(' ').length);
}

for (const c of COUNTRIES) {
  add(c.name, { name: c.name, kind: 'country', via: 'name' });
  for (const a of c.aliases) add(a, { name: c.name, kind: 'country', via: 'alias' });
  for (const cap of c.capitals) add(cap, { name: c.name, kind: 'country', via: 'capital' });
}
for (const o of ORGANIZATIONS) {
  add(o.name, { name: o.name, kind: 'organization', via: 'name', ...(o.place ? { place: true } : {}) });
  // "Brussels" for the Commission is a place used for an institution: same rule as capitals.
  for (const a of o.aliases) add(a, { name: o.name, kind: 'organization', via: COUNTRY_CAPITALS().has(a) || a === 'Brussels' ? 'capital' : 'alias' });
}

function COUNTRY_CAPITALS(): Set<string> {
  return new Set(COUNTRIES.flatMap((c) => c.capitals));
}

/** Longest gazetteer match starting at token `i` of `keys` (token keys of a paragraph). */
export function matchGazetteer(keys: readonly string[], i: number): { hit: GazetteerHit; length: number } | null {
  for (let n = Math.min(longest, keys.length - i); n >= 1; n--) {
    const hit = table.get(keys.slice(i, i + n).join(' '));
    if (hit) return { hit, length: n };
  }
  return null;
}

const demonyms = new Map<string, string>();
for (const c of COUNTRIES) for (const d of c.demonyms) demonyms.set(tokenKey(d), c.name);

/** Country named by a demonym ("Ukrainian" → Ukraine), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  return demonyms.get(tokenKey(word));
}

export function isOutlet(name: string): boolean {
  return ORGANIZATIONS.some((o) => o.outlet && o.name === name);
}

export { COUNTRIES, ORGANIZATIONS };

/** Prepositions that make a following seat or capital a location ("at the White House", "in Kyiv"). */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'via', 'toward', 'towards', 'into', 'through', 'throughout', 'from']);
/** Motion verbs before "to": "returned to the White House", "flew to Kyiv". */
export const MOTION_VERBS = new Set(['returned', 'return', 'returning', 'went', 'go', 'going', 'came', 'come', 'coming', 'travelled', 'traveled', 'travel', 'travelling', 'traveling', 'flew', 'fly', 'flying', 'arrived', 'arrive', 'moved', 'move', 'headed', 'head', 'back', 'trip', 'visit', 'visited', 'invited', 'welcomed', 'drove', 'walked', 'rushed']);

/** Is the name at token i (keys/texts of a paragraph) used as a location? */
export function isLocativeUse(words: readonly string[], i: number): boolean {
  let k = i - 1;
  if (words[k]?.toLowerCase() === 'the') k--;
  const prep = words[k]?.toLowerCase() ?? '';
  if (LOCATIVE_PREPOSITIONS.has(prep)) return true;
  if (prep === 'to' && MOTION_VERBS.has(words[k - 1]?.toLowerCase() ?? '')) return true;
  return false;
}
