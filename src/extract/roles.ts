/**
 * Role references: "the Ukrainian leader", "the Treasury chief", "the union chief", "the company".
 * A definite description points to the most recently mentioned actor whose stated role (or, for an
 * organisation, whose name) fits it; when none fits, nothing is linked.
 */
import { COUNTRIES, countryOfDemonym } from './gazetteer/index.ts';
import type { Para } from './paragraphs.ts';
import type { LocalActor } from './types.ts';
import { lower } from './words.ts';
import { PERSON_ROLE_NOUNS } from './gazetteer/lexicon.ts';

/** Person role heads and the words a stated title may use for them. */
const PERSON_HEADS: Record<string, string[]> = {
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'leader', 'head of state'],
  president: ['president'],
  'prime minister': ['prime minister', 'premier'],
  premier: ['premier', 'prime minister'],
  chancellor: ['chancellor'],
  chief: ['secretary', 'minister', 'chief', 'head', 'president', 'director', 'executive', 'commissioner', 'leader'],
  boss: ['chief executive', 'ceo', 'head', 'chief', 'president', 'director'],
  secretary: ['secretary'],
  minister: ['minister'],
  mayor: ['mayor'],
  judge: ['justice', 'judge'],
  mediator: ['mediator'],
  'chief executive': ['chief executive', 'ceo'],
  ceo: ['chief executive', 'ceo'],
  cfo: ['chief financial officer', 'cfo'],
  'chief financial officer': ['chief financial officer', 'cfo'],
  envoy: ['envoy'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson'],
  ambassador: ['ambassador'],
  commissioner: ['commissioner'],
  chairman: ['chairman', 'chair'],
};

/** Organisation role heads and the name words that fit them. */
const ORG_HEADS_FIT: Record<string, RegExp> = {
  company: /./, firm: /./, group: /./, telco: /tele|com/i, carrier: /air|linhas|aére|aere/i, airline: /air|linhas|aére|aere/i,
  miner: /earth|mining|minerals|resources|materials/i, fund: /capital|fund/i, union: /union|workers|sindicato|local \d/i,
  council: /council/i, authority: /authority/i, court: /court/i, commission: /commission/i, ministry: /ministry/i,
  agency: /agency|office|administration/i, regulator: /commission|commissioner|authority|regulat|office/i,
  watchdog: /commission|commissioner|authority|office/i, association: /association/i, alliance: /alliance/i,
  ledger: /ledger/i, beacon: /beacon/i, review: /review/i, observer: /observer/i, paper: /./,
};
const CORPORATE = /telecom|holding|partners|capital|airlines|linhas|group|ag$|sa$|s\.a\.|sgps|gmbh|dac|inc|ltd|plc|llc|motor|materials|earths|mining|mobility|energy|bank/i;

function lastMention(actor: LocalActor, pIndex: number, pos: number, order: Map<string, number>): number {
  let best = -1;
  for (const m of actor.mentions) {
    const pi = order.get(m.paragraph)!;
    const v = pi * 100000 + m.start;
    if (pi < pIndex || (pi === pIndex && m.start < pos)) best = Math.max(best, v);
  }
  return best;
}

export function addRoleMentions(paras: Para[], actors: LocalActor[]): void {
  const order = new Map(paras.map((p, i) => [p.id, i]));
  const re = /\b([Tt]he) ((?:[\p{Lu}][\p{L}.]*|[a-z\-]+)(?: [a-z\-]+){0,2}?) ?(leader|president|prime minister|premier|chancellor|chief executive|chief financial officer|chief|boss|secretary|minister|mayor|judge|mediator|ceo|cfo|envoy|ambassador|commissioner|chairman|company|firm|group|telco|carrier|airline|miner|fund|union|council|authority|court|[Cc]ommission|ministry|agency|regulator|watchdog|association|alliance|[Ll]edger|[Bb]eacon|[Rr]eview|[Oo]bserver|paper)\b(?!['’]s? \p{Lu})/gu;
  // Any other role noun ("the Porto businessman", "the union's secretary-treasurer"): the person whose stated role has it.
  const generic = new RegExp(String.raw`\b([Tt]he) ((?:[\p{Lu}][\p{L}.]*|[a-z\-]+)(?: [a-z\-]+){0,1}?) ?(${[...PERSON_ROLE_NOUNS].filter((w) => !PERSON_HEADS[w] && !ORG_HEADS_FIT[w] && /^[a-z\-]+$/.test(w)).join('|')})\b(?!['’]s? \p{Lu})`, 'gu');
  const re2 = /\b([Tt]he) (leader|president|chief executive|chief|boss|mayor|judge|mediator|ceo|cfo|company|firm|group|telco|carrier|airline|miner|fund|union|council|authority|court|[Cc]ommission|ministry|agency|regulator|watchdog|association|alliance|[Ll]edger|[Bb]eacon|[Rr]eview|[Oo]bserver|paper)\b/gu;
  paras.forEach((p, pi) => {
    const seen = new Set<number>();
    for (const rx of [re, re2, generic]) {
      rx.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rx.exec(p.text))) {
        if (seen.has(m.index)) continue;
        const head = lower(rx === re2 ? m[2]! : m[3]!);
        const mods = rx === re2 ? [] : m[2]!.split(' ');
        // The phrase must be a role phrase, not "the leader of the opposition party" etc.
        const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
        if (/^ of\b/.test(after) && head !== 'chief') continue;
        let country: string | undefined;
        const words: string[] = [];
        for (const w of mods) {
          const c = countryOfDemonym(w) ?? COUNTRIES.find((x) => x.name === w || x.aliases.includes(w))?.name;
          if (c) country = c;
          else if (w) words.push(lower(w));
        }
        if (words.some((w) => ['first', 'second', 'last', 'next', 'new', 'same', 'other', 'two', 'three', 'whole', 'entire'].includes(w))) continue;
        let fits: LocalActor[];
        const personHead = PERSON_HEADS[head] ? head : PERSON_HEADS[[...words, head].join(' ')] ? [...words, head].join(' ') : rx === generic ? head : null;
        if (personHead) {
          const titles = PERSON_HEADS[personHead] ?? [personHead];
          fits = actors.filter((a) => a.kind === 'person' && a.roles.some((r) => {
            const t = lower(r.title);
            if (!titles.some((x) => t.includes(x))) return false;
            if (country) {
              const c = COUNTRIES.find((x) => x.name === country)!;
              const marks = [c.name, ...c.aliases, ...c.demonyms, ...c.capitals].map(lower);
              if (!marks.some((x) => new RegExp(`(^|[^a-z])${x.replace(/\./g, '\\.')}([^a-z]|$)`).test(t))) return false;
            }
            return words.every((w) => ['visiting', 'former', 'then', 'current', 'veteran', 'state', 'top', 'senior'].includes(w) || t.includes(w));
          }));
        } else {
          const rx2 = ORG_HEADS_FIT[head];
          if (!rx2) continue;
          if (words.length > 1) continue;
          fits = actors.filter((a) => a.kind === 'organization' && rx2.test(a.name) && (!['company', 'firm', 'group', 'paper'].includes(head) || CORPORATE.test(a.name) || (head === 'paper' && /news|times|post|ledger|courier|herald|review|journal|kurier|zeitung/i.test(a.name))));
          if (country) fits = fits.filter((a) => a.roles.length === 0 || true);
        }
        if (fits.length === 0) continue;
        const ranked = fits.map((a) => ({ a, at: lastMention(a, pi, m!.index, order) })).filter((x) => x.at >= 0).sort((x, y) => y.at - x.at);
        const pick = ranked[0];
        if (!pick) continue;
        const start = m.index + (m[1] === 'The' && m.index === 0 ? 0 : 0);
        seen.add(m.index);
        pick.a.mentions.push({ paragraph: p.id, text: m[0], start, end: m.index + m[0].length, rule: 'role' });
        if (!pick.a.surfaces.includes(m[0])) pick.a.surfaces.push(m[0]);
      }
    }
  });
}
