/**
 * From candidates to the source's actors, then every mention of them: full names, gazetteer aliases,
 * a person's surname or given name when it fits only one person of the source (else it is recorded as
 * ambiguous and not linked), an organisation's short form and acronym, a capital that acts for its
 * country ("Washington has provided", not "talks in Washington").
 */
import type { ActorKind } from '../model/graph.ts';
import { COUNTRIES, ORGANIZATIONS, surfaceKey, tokenKey, isLocativeUse } from './gazetteer/index.ts';
import { COMMON_CAPITALISED, HONORIFICS, ORG_HEADS, LEGAL_SUFFIXES } from './gazetteer/lexicon.ts';
import type { Candidate } from './actors.ts';
import type { Para } from './paragraphs.ts';
import type { LocalActor, LocalAmbiguity } from './types.ts';
import { samePerson, nameWords } from '../resolve/names.ts';
import { NAME_PARTICLES, lower, isTitle } from './words.ts';
import { isCapitalised } from './tokens.ts';

interface Surface {
  key: string;
  actors: Set<string>;
  /** A capital or city standing for a government: linked only when not a mere location. */
  metonym: boolean;
  /** A seat or building ("White House"): not linked after "at the", "in the". */
  place?: boolean;
  rule: string;
}

/** Tail words of a company name that may be dropped in later references ("Corvane Telecommunications" → "Corvane"). */
const CORPORATE_TAIL = new Set([
  'telecommunications', 'telecom', 'holding', 'holdings', 'partners', 'capital', 'lawyers', 'litigation', 'funding', 'motor',
  'motors', 'materials', 'airlines', 'airways', 'air', 'express', 'group', 'corporation', 'corp', 'corp.', 'company', 'co.',
  'inc', 'inc.', 'ltd', 'ltd.', 'limited', 'ag', 'gmbh', 'sa', 's.a.', 'sgps', 'dac', 'plc', 'llc', 'mobility', 'rare',
  'earths', 'energy', 'mining', 'resources', 'technologies', 'systems', 'linhas', 'aéreas', 'aereas', 'bank', 'investments',
  'securities', 'industries', 'international', 'global', 'brands', 'pharmaceuticals', 'metals', 'minerals', 'logistics',
  'shipping', ',', '&', 'brandt',
]);

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'to', 'visit', 'visited', 'visiting', 'via', 'toward', 'towards', 'into', 'through', 'throughout', 'from', 'flew', 'travel', 'travelled', 'traveled']);

function keyOf(kind: ActorKind, name: string): string {
  return `${kind[0]}:${name}`;
}

export interface ActorTable {
  actors: LocalActor[];
  ambiguous: LocalAmbiguity[];
}

/** Merge candidates into actors (same person by name rules, same organisation by name, short form or acronym). */
function consolidate(cands: Candidate[], publisher: string | null): LocalActor[] {
  const actors: LocalActor[] = [];
  const byKey = new Map<string, LocalActor>();
  const make = (c: { kind: ActorKind; name: string; rule: string; gazetteer: boolean; confidence: LocalActor['confidence'] }): LocalActor => {
    const key = keyOf(c.kind, c.name);
    let a = byKey.get(key);
    if (!a) {
      a = { key, name: c.name, kind: c.kind, gazetteer: c.gazetteer, surfaces: [c.name], roles: [], mentions: [], rule: c.rule, confidence: c.confidence };
      byKey.set(key, a);
      actors.push(a);
    }
    return a;
  };
  // People: full names first (longest), then single words attach to a unique full name.
  const people = cands.filter((c) => c.kind === 'person').sort((x, y) => nameWords(y.name).length - nameWords(x.name).length || y.name.length - x.name.length);
  for (const c of people) {
    const words = nameWords(c.name);
    let target: LocalActor | undefined;
    const persons = actors.filter((a) => a.kind === 'person');
    if (words.length >= 2) target = persons.find((a) => a.surfaces.some((s) => samePerson(s, c.name)));
    else {
      const fits = persons.filter((a) => a.surfaces.some((s) => nameWords(s).some((w) => w === words[0])));
      if (fits.length === 1) target = fits[0];
      else if (fits.length > 1) continue;
    }
    const a = target ?? make(c);
    if (!a.surfaces.includes(c.name)) a.surfaces.push(c.name);
    if (c.role && !/^(?:mr|ms|mrs|dr|sir|dame)\.?$/i.test(c.role) && !a.roles.some((r) => r.title === c.role && r.paragraph === c.paragraph)) a.roles.push({ paragraph: c.paragraph, title: c.role });
  }
  // Organisations and countries. A one-word "organisation" that is a known person's name is that person.
  const personWords = new Set(actors.filter((a) => a.kind === 'person').flatMap((a) => a.surfaces.flatMap(nameWords)));
  for (const c of cands.filter((c) => c.kind !== 'person')) {
    if (!c.gazetteer && c.kind === 'organization' && nameWords(c.name).length === 1 && personWords.has(nameWords(c.name)[0]!)) continue;
    let name = c.name.replace(/^The\s+/, (m) => (c.gazetteer ? '' : m));
    const stripped = name.replace(/^The\s+/, '');
    let target = actors.find((a) => a.kind === c.kind && (a.surfaces.includes(name) || a.surfaces.includes(stripped) || a.surfaces.includes('The ' + stripped)));
    if (!target && c.kind === 'organization' && !c.gazetteer) {
      // "Federal Court" then "Federal Court of Australia": the longer name wins.
      target = actors.find((a) => a.kind === 'organization' && !a.gazetteer && (a.name.startsWith(stripped + ' ') || stripped.startsWith(a.name + ' ')));
      if (target && stripped.length > target.name.length && isCapitalised(stripped)) {
        byKey.delete(target.key);
        target.name = stripped;
        target.key = keyOf('organization', stripped);
        byKey.set(target.key, target);
      }
    }
    if (!target) {
      if (/^The /.test(name) && !c.gazetteer) name = name; // keep "The X Ledger" as written
      target = make({ ...c, name });
    }
    for (const s of [name, ...c.aliases]) if (!target.surfaces.includes(s)) target.surfaces.push(s);
  }
  // Publisher: an organisation when the text names it.
  if (publisher && !actors.some((a) => a.kind === 'organization' && (a.surfaces.includes(publisher) || a.surfaces.includes(publisher.replace(/^The /, ''))))) {
    const gaz = ORGANIZATIONS.find((o) => o.name === publisher || o.aliases.includes(publisher));
    const a = make({ kind: 'organization', name: gaz ? gaz.name : publisher, rule: 'publisher', gazetteer: !!gaz, confidence: 'explicit' });
    for (const f of publisherShortForms(publisher)) if (!a.surfaces.includes(f)) a.surfaces.push(f);
  } else if (publisher) {
    const a = actors.find((x) => x.kind === 'organization' && (x.surfaces.includes(publisher) || x.surfaces.includes(publisher.replace(/^The /, ''))));
    if (a) for (const f of publisherShortForms(publisher)) if (!a.surfaces.includes(f)) a.surfaces.push(f);
  }
  return actors;
}

/** Outlet words that stand for a publisher in its own pages ("told the Ledger", "seen by the Review"). */
const OUTLET_WORDS = /^(?:Ledger|Review|Observer|Beacon|Courier|Herald|Times|Post|Journal|Dispatch|Monitor|Wire|Gazette|Tribune|Chronicle|Guardian|Telegraph|Standard|Independent|Examiner|Inquirer|Sentinel|Register|Record|Star|Sun|Mirror|Express|Mail|Bulletin)$/;
function publisherShortForms(publisher: string): string[] {
  const words = publisher.replace(/^The /, '').split(/\s+/);
  const out: string[] = [];
  const last = words[words.length - 1]!;
  if (words.length > 1 && OUTLET_WORDS.test(last)) out.push(`the ${last}`, `The ${last}`);
  // CamelCase brand as first word: "MoneyWise Daily" → "MoneyWise"
  if (words.length > 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(words[0]!)) out.push(words[0]!);
  return out;
}

/** All written forms that point to each actor. */
function surfaces(actors: LocalActor[]): Map<string, Surface> {
  const table = new Map<string, Surface>();
  const add = (form: string, actor: string, rule: string, metonym = false) => {
    const key = surfaceKey(form);
    if (!key) return;
    let s = table.get(key);
    if (!s) { s = { key, actors: new Set(), metonym, rule }; table.set(key, s); }
    s.actors.add(actor);
  };
  const fullForms = new Set<string>();
  for (const a of actors) {
    for (const s of a.surfaces) { add(s, a.key, 'name'); fullForms.add(surfaceKey(s)); }
    if (a.kind === 'country') {
      const c = COUNTRIES.find((x) => x.name === a.name);
      if (c) {
        for (const al of c.aliases) add(al, a.key, 'alias');
        for (const cap of c.capitals) add(cap, a.key, 'capital', true);
      }
    } else if (a.kind === 'organization') {
      const o = ORGANIZATIONS.find((x) => x.name === a.name);
      if (o) for (const al of o.aliases) add(al, a.key, 'alias', al === 'Brussels');
      if (o?.place) for (const f of [o.name, ...o.aliases]) { const sf = table.get(surfaceKey(f)); if (sf) sf.place = true; }
      for (const s of a.surfaces) {
        const bare = s.replace(/^The /, '');
        if (bare !== s) add(bare, a.key, 'alias');
        else if (/^[\p{Lu}]/u.test(s) && s.split(' ').length > 1 && !o) add('The ' + s, a.key, 'alias');
        // short form: drop a corporate tail ("Lynas Rare Earths" → "Lynas"), or "of <Country>"
        const words = bare.split(/\s+/);
        let k = words.length;
        while (k > 1 && (CORPORATE_TAIL.has(lower(words[k - 1]!.replace(/,$/, ''))) || LEGAL_SUFFIXES.has(lower(words[k - 1]!)))) k--;
        if (k < words.length && k >= 1) {
          const short = words.slice(0, k).join(' ').replace(/,$/, '');
          if (short.length > 2 && !ORG_HEADS.has(lower(short)) && !COMMON_CAPITALISED.has(lower(short))) add(short, a.key, 'short-form');
        }
        const of = /^(.+?) of (?:the )?([\p{Lu}][\p{L} ]+)$/u.exec(bare);
        if (of && COUNTRIES.some((c) => c.name === of[2])) add(of[1]!, a.key, 'short-form');
      }
    } else if (a.kind === 'person') {
      for (const s of a.surfaces) {
        const words = s.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w));
        if (words.length < 2) continue;
        for (const w of words) {
          if (COMMON_CAPITALISED.has(lower(w)) || w.replace(/\./g, '').length < 2) continue;
          add(w, a.key, 'name-part');
        }
        // "von der Leyen"
        const particle = /\b((?:von|van|de|da|der|den|bin|al)(?: (?:der|den|la|le))? [\p{Lu}][\p{L}\-]+)$/u.exec(s);
        if (particle) add(particle[1]!, a.key, 'name-part');
      }
    }
  }
  // A single word that is also the start of a longer known name stays linked to the one actor only.
  return table;
}

/** Scan every paragraph for the actors' written forms (longest match, left to right). */
export function collectMentions(paras: Para[], cands: Candidate[], publisher: string | null): ActorTable {
  const actors = consolidate(cands, publisher);
  const table = surfaces(actors);
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const ambiguous: LocalAmbiguity[] = [];
  let longest = 1;
  for (const k of table.keys()) longest = Math.max(longest, k.split(' ').length);
  for (const p of paras) {
    const toks = p.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i]!.word) continue;
      let hit: Surface | undefined;
      let n = Math.min(longest, toks.length - i);
      for (; n >= 1; n--) {
        hit = table.get(p.keys.slice(i, i + n).join(' '));
        if (hit) break;
      }
      if (!hit) continue;
      const first = toks[i]!;
      const last = toks[i + n - 1]!;
      // A lower-case word never names (e.g. "us" ≠ "US")
      if (!isCapitalised(first.text) && !(n > 1 && (NAME_PARTICLES.has(first.text) || first.text === 'the'))) { i += n - 1; continue; }
      // Part of a longer capitalised name we do not know ("Port Ellison" ≠ "Ellison"): skip single words glued to other capitals.
      const prev = toks[i - 1];
      const next = toks[i + n];
      if (n === 1 && hit.rule === 'name-part') {
        const glued = (t: typeof prev) => !!t && t.word && isCapitalised(t.text) && !isTitle(t.text) && !HONORIFICS.has(lower(t.text)) && !COMMON_CAPITALISED.has(lower(t.text));
        if ((glued(prev) && Math.abs(prev!.end - first.start) <= 1) || (glued(next) && Math.abs(next!.start - last.end) <= 1)) { continue; }
      }
      if (hit.place && isLocativeUse(toks.map((t) => t.text), i)) { i += n - 1; continue; }
      if (hit.metonym) {
        const before = lower(prev?.text ?? '');
        const after = next?.text ?? '';
        if (LOCATIVE.has(before) || /^-?based$/.test(after) || after === '-' || (next && next.word && isCapitalised(next.text))) { i += n - 1; continue; }
      }
      let targets = [...hit.actors];
      // "Councilmember Ramírez": a title before an ambiguous name picks the one who holds it.
      if (targets.length > 1 && prev && isTitle(prev.text)) {
        const withTitle = targets.filter((k) => byKey.get(k)!.roles.some((r) => lower(r.title).includes(lower(prev.text))));
        if (withTitle.length === 1) targets = withTitle;
      }
      if (targets.length > 1) {
        ambiguous.push({ paragraph: p.id, text: p.text.slice(first.start, last.end), candidates: [...hit.actors].map((k) => byKey.get(k)!.name).sort() });
        i += n - 1;
        continue;
      }
      const actor = byKey.get(targets[0]!)!;
      let start = first.start;
      // Include an honorific or one-word title in the mention text ("Mr Khalil", "President Trump").
      if (n === 1 && prev && (HONORIFICS.has(lower(prev.text)) || (isTitle(prev.text) && isCapitalised(prev.text))) && actor.kind === 'person') start = prev.start;
      actor.mentions.push({ paragraph: p.id, text: p.text.slice(start, last.end), start, end: last.end, rule: hit.rule });
      i += n - 1;
    }
  }
  for (const a of actors) {
    for (const m of a.mentions) if (!a.surfaces.includes(m.text)) a.surfaces.push(m.text);
  }
  return { actors: actors.filter((a) => a.mentions.length > 0), ambiguous };
}

export { tokenKey };
