/**
 * The synthetic world the corpus is written about: a few hundred recurring actors (people with titles and spelling
 * variants, organisations with acronyms, real countries with capitals) and story threads that bind them together.
 */
import type { Random } from './random.ts';

export interface Person {
  kind: 'person';
  name: string;
  /** Other ways sources write the full name (transliterations, initials). */
  variants: string[];
  surname: string;
  title: string;
  affiliation: string;
}

export interface Organisation {
  kind: 'organization';
  name: string;
  acronym: string | null;
  short: string;
}

export interface Country {
  kind: 'country';
  name: string;
  capital: string;
  demonym: string;
}

export type Actor = Person | Organisation | Country;

export interface Story {
  topic: string;
  /** Noun phrase of the recurring quantity ("the reconstruction fund"). */
  quantity: string;
  /** Base value of the quantity in millions, and its currency symbol. */
  baseMillions: number;
  currency: '$' | '€' | '£';
  people: Person[];
  organisations: Organisation[];
  countries: Country[];
  /** Day number (days since 2023-01-01) when the story starts. */
  startDay: number;
}

export interface World {
  people: Person[];
  organisations: Organisation[];
  countries: Country[];
  stories: Story[];
}

const FIRST = [
  'Anna', 'Boris', 'Carla', 'Dmitry', 'Elena', 'Farid', 'Greta', 'Hassan', 'Ingrid', 'Jonas', 'Katarina', 'Lars', 'Mikhail',
  'Nadia', 'Oleksandr', 'Priya', 'Rafael', 'Sofia', 'Tomasz', 'Ursula', 'Viktor', 'Wen', 'Yusuf', 'Zofia', 'Amara', 'Bertrand',
  'Chiara', 'Diego', 'Emeka', 'Fatima', 'Gustavo', 'Helga', 'Ivan', 'Jae-won', 'Kofi', 'Leila', 'Mateo', 'Nikolai', 'Olga',
  'Pavel', 'Qiang', 'Rosa', 'Sergei', 'Tariq', 'Valentina', 'William', 'Xavier', 'Yuri', 'Zainab', 'Aleksandr', 'Marta',
  'Henrik', 'Lucia', 'Omar', 'Ruth', 'Stefan', 'Teresa', 'Vladimir', 'Walter', 'Yelena',
];
const SURNAME_ROOTS = [
  'Kovalen', 'Petren', 'Marchet', 'Halvor', 'Brandt', 'Okafor', 'Lindqv', 'Moreau', 'Sokol', 'Varga', 'Nakamur', 'Haddad',
  'Castell', 'Dubrov', 'Eklund', 'Ferrant', 'Grabow', 'Hoffer', 'Ivanch', 'Jovanov', 'Kaminsk', 'Lazar', 'Mendoz', 'Novak',
  'Orlov', 'Pereir', 'Quint', 'Rostov', 'Salaz', 'Tkach', 'Urban', 'Volkov', 'Weiss', 'Yamad', 'Zelen', 'Abram', 'Bergst',
  'Chernen', 'Demir', 'Esposit', 'Fedor', 'Garc', 'Horvat', 'Ilyin', 'Jansen', 'Kuznet', 'Lebed', 'Mazur', 'Nilss', 'Ostrow',
];
const SURNAME_ENDINGS = ['ko', 'sky', 'ov', 'i', 'son', 'ez', 'ia', 'ar', 'ek', 'a', 'enko', 'ich', 'ström', 'er', 'ou'];
const TITLES = [
  'President', 'Prime Minister', 'Finance Minister', 'Foreign Minister', 'Defence Minister', 'Trade Minister', 'Energy Minister',
  'Economy Minister', 'central bank governor', 'chief executive', 'chief economist', 'spokesperson', 'senator', 'ambassador',
  'opposition leader', 'union leader', 'mayor', 'chief negotiator', 'deputy minister', 'chairman',
];
const ORG_STEMS = [
  'Northbridge', 'Halden', 'Corvane', 'Atlantica', 'Adlerflug', 'Meridian', 'Ostara', 'Calder', 'Vesta', 'Kestrel', 'Solano',
  'Brightwater', 'Ironvale', 'Lumen', 'Pinecrest', 'Redmond', 'Silverline', 'Tamber', 'Umbra', 'Westhaven',
];
const ORG_KINDS = [
  'Energy', 'Telecommunications', 'Capital', 'Airlines', 'Mining', 'Shipping', 'Logistics', 'Holdings', 'Motors', 'Bank',
];
const INSTITUTIONS = [
  'International Minerals Council', 'European Commission', 'World Trade Organization', 'International Monetary Fund',
  'Federal Reserve', 'European Central Bank', 'Competition Authority', 'Transport Workers Union', 'State Department',
  'Ministry of Finance', 'Ministry of Defence', 'Office of the Information Commissioner', 'National Statistics Office',
  'United Nations', 'Red Cross', 'Supreme Court', 'Port Authority', 'Chamber of Commerce', 'Securities Commission',
  'Energy Regulatory Agency',
];
const COUNTRIES: Array<[string, string, string]> = [
  ['Ukraine', 'Kyiv', 'Ukrainian'], ['Russia', 'Moscow', 'Russian'], ['United States', 'Washington', 'American'],
  ['China', 'Beijing', 'Chinese'], ['Germany', 'Berlin', 'German'], ['France', 'Paris', 'French'],
  ['United Kingdom', 'London', 'British'], ['Japan', 'Tokyo', 'Japanese'], ['Poland', 'Warsaw', 'Polish'],
  ['Turkey', 'Ankara', 'Turkish'], ['Saudi Arabia', 'Riyadh', 'Saudi'], ['India', 'New Delhi', 'Indian'],
  ['Brazil', 'Brasília', 'Brazilian'], ['Australia', 'Canberra', 'Australian'], ['Canada', 'Ottawa', 'Canadian'],
  ['Italy', 'Rome', 'Italian'], ['Spain', 'Madrid', 'Spanish'], ['Portugal', 'Lisbon', 'Portuguese'],
  ['Norway', 'Oslo', 'Norwegian'], ['South Korea', 'Seoul', 'South Korean'], ['Mexico', 'Mexico City', 'Mexican'],
  ['Nigeria', 'Abuja', 'Nigerian'], ['Egypt', 'Cairo', 'Egyptian'], ['Kazakhstan', 'Astana', 'Kazakh'],
];
const TOPICS: Array<[string, string]> = [
  ['rare earth export controls', 'the export quota'], ['minerals deal', 'the reconstruction fund'],
  ['port strike', 'the pay offer'], ['airline merger', 'the takeover bid'], ['data breach lawsuit', 'the damages claim'],
  ['energy price cap', 'the subsidy package'], ['bus drivers strike', 'the wage settlement'],
  ['ceasefire talks', 'the aid package'], ['central bank rates', 'the bond purchase programme'],
  ['pipeline sanctions', 'the frozen assets'], ['telecom spectrum auction', 'the licence fees'],
  ['shipping insurance dispute', 'the insurance claim'], ['steel tariffs', 'the tariff revenue'],
  ['grain corridor', 'the grain exports'], ['pension reform', 'the pension fund deficit'],
  ['semiconductor subsidies', 'the chip subsidy'], ['nuclear plant safety', 'the repair budget'],
  ['fishing rights', 'the compensation fund'], ['housing crisis', 'the housing programme'],
  ['railway privatisation', 'the sale price'],
];

/** Spelling variants a transliterating press produces (Zelensky / Zelenskiy / Zelenskyy). */
function spellingVariants(name: string): string[] {
  const out = new Set<string>();
  const rules: Array<[RegExp, string]> = [
    [/sky\b/, 'skiy'], [/sky\b/, 'skyy'], [/ov\b/, 'off'], [/enko\b/, 'enco'], [/ich\b/, 'ych'], [/ström\b/, 'strom'],
    [/\bDmitry\b/, 'Dmitri'], [/\bVladimir\b/, 'Volodymyr'], [/\bOleksandr\b/, 'Alexander'], [/\bSergei\b/, 'Sergey'],
    [/\bYuri\b/, 'Yury'], [/\bMikhail\b/, 'Mikhael'], [/\bYelena\b/, 'Elena'], [/\bAleksandr\b/, 'Alexandr'],
  ];
  for (const [pattern, replacement] of rules) if (pattern.test(name)) out.add(name.replace(pattern, replacement));
  return [...out];
}

export function buildWorld(r: Random, n: number): World {
  const countries: Country[] = COUNTRIES.map(([name, capital, demonym]) => ({ kind: 'country', name, capital, demonym }));
  const organisations: Organisation[] = [];
  for (const name of INSTITUTIONS) {
    const acronym = name.split(' ').filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    organisations.push({ kind: 'organization', name, acronym: acronym.length >= 3 ? acronym : null, short: name });
  }
  for (const stem of ORG_STEMS) {
    const kind = r.pick(ORG_KINDS);
    organisations.push({ kind: 'organization', name: `${stem} ${kind}`, acronym: null, short: stem });
  }
  const people: Person[] = [];
  const seen = new Set<string>();
  const target = 240;
  while (people.length < target) {
    const surname = r.pick(SURNAME_ROOTS) + r.pick(SURNAME_ENDINGS);
    const first = r.pick(FIRST);
    const name = r.chance(0.05) ? `${first[0]}.${r.pick(FIRST)[0]}. ${surname}` : `${first} ${surname}`;
    if (seen.has(surname)) continue; // surnames are unique, so "Kovalenko said" is never ambiguous
    seen.add(surname);
    const title = r.pick(TITLES);
    const affiliation = title.includes('Minister') || title === 'President' || title === 'ambassador'
      ? r.pick(countries).name
      : r.pick(organisations).name;
    people.push({ kind: 'person', name, variants: spellingVariants(name), surname, title, affiliation });
  }
  const storyCount = Math.max(8, Math.min(400, Math.round(n / 20)));
  const stories: Story[] = [];
  for (let i = 0; i < storyCount; i++) {
    const [topic, quantity] = TOPICS[i % TOPICS.length]!;
    const round = Math.floor(i / TOPICS.length);
    stories.push({
      topic: round === 0 ? topic : `${topic} in ${r.pick(countries).name}`,
      quantity,
      baseMillions: r.pick([12, 45, 120, 300, 500, 850, 1200, 2500, 65900, 500000]),
      currency: r.pick(['$', '€', '£'] as const),
      // people are drawn with a skew, so a few actors recur in thousands of sources
      people: [...new Set(Array.from({ length: r.int(4, 9) }, () => people[r.skewed(people.length)]!))],
      organisations: [...new Set(Array.from({ length: r.int(2, 4) }, () => organisations[r.skewed(organisations.length, 1.3)]!))],
      countries: [...new Set(Array.from({ length: r.int(1, 3) }, () => countries[r.skewed(countries.length, 1.4)]!))],
      startDay: r.int(0, 900),
    });
  }
  return { people, organisations, countries, stories };
}
