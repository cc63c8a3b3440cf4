/**
 * One synthetic news article, format-free: headline, metadata and paragraphs of plain text with quotes, statements,
 * money and percentage figures and dated events relative to the publication date.
 */
import type { Random } from './random.ts';
import type { Country, Organisation, Person, Story } from './world.ts';

export interface Article {
  title: string;
  dek: string;
  publisher: Publisher;
  /** Publication date as a UTC Date. */
  date: Date;
  url: string;
  author: string;
  paragraphs: string[];
  credits: string[];
  imageCredit: string;
  related: string;
}

export interface Publisher {
  name: string;
  domain: string;
}

export const PUBLISHERS: Publisher[] = [
  'Meridian Wire', 'Potomac Wire', 'Kyiv Ledger', 'Harbourline', 'Eastbound Review', 'Red Sea Herald', 'Capital Dispatch',
  'Pacific Newswire', 'Southern Courier', 'TechLedger', 'Brussels Dispatch', 'Asia Trade Monitor', 'Iberian Markets Review',
  'Northgate Beacon', 'Port Ellison Ledger', 'RegionWire', 'EuroBizWire', 'MoneyWise Daily', 'AeroBrief', 'WireHub',
  'The Baltic Times Review', 'Continental Observer', 'Gulf Business Post', 'Alpine Chronicle', 'Danube Daily',
].map((name) => ({ name, domain: `www.${name.toLowerCase().replace(/[^a-z]+/g, '')}.com` }));

const AGENCIES = ['AFP', 'Reuters', 'AP', 'DPA', 'ANSA', 'EFE', 'Kyodo'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EPOCH = Date.UTC(2023, 0, 1);

export function dayToDate(day: number): Date {
  return new Date(EPOCH + day * 86_400_000);
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function longDate(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

export function slugify(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

function money(r: Random, millions: number, currency: string): string {
  const v = millions * (0.8 + r.next() * 0.4);
  const styles = currency === '$' ? ['$', 'US$', 'USD '] : currency === '€' ? ['€', 'EUR '] : ['£', 'GBP '];
  const sym = r.pick(styles);
  if (v >= 1000) {
    const b = (v / 1000).toFixed(v >= 10_000 ? 0 : 1).replace(/\.0$/, '');
    return r.chance(0.2) && sym.length === 1 ? `${sym}${b}bn` : `${sym}${b} billion`;
  }
  const m = v.toFixed(v >= 100 ? 0 : 1).replace(/\.0$/, '');
  return r.chance(0.2) && sym.length === 1 ? `${sym}${m}m` : `${sym}${m} million`;
}

function percent(r: Random): string {
  const v = r.chance(0.5) ? String(r.int(2, 60)) : (r.int(5, 250) / 10).toFixed(1);
  return `${v}${r.pick(['%', ' per cent', ' percent'])}`;
}

/** A name as a reporter would write it on later mention: surname, variant, or title + surname. */
function refer(r: Random, p: Person): string {
  const roll = r.next();
  if (roll < 0.15 && p.variants.length > 0) return r.pick(p.variants);
  if (roll < 0.7) return p.surname;
  if (roll < 0.85) return p.name;
  return `${p.title[0]!.toUpperCase()}${p.title.slice(1)} ${p.surname}`;
}

function introduce(r: Random, p: Person): string {
  const name = p.variants.length > 0 && r.chance(0.25) ? r.pick(p.variants) : p.name;
  return r.chance(0.5) ? `${p.affiliation} ${p.title} ${name}` : `${name}, the ${p.affiliation} ${p.title},`;
}

const OPENERS = ['We will not sign', 'Nobody in this room wants', 'We are ready to discuss', 'It would be a mistake to rush',
  'Our position has not changed on', 'We cannot accept', 'There is still a long way to go on', 'I am confident we can finish'];
const OBJECTS = ['a deal that leaves our workers behind', 'an agreement without guarantees', 'the proposal as it stands',
  'any plan that ignores the courts', 'the timetable the other side wants', 'a settlement that rewards delay',
  'the draft we received last night', 'the terms of the framework'];
const TAILS = ['and everyone at the table knows it', 'before the end of the month', 'whatever the markets think',
  'because the numbers simply do not add up', 'and we have said so from the start', 'if the other side negotiates in good faith'];
const VERBS = ['said', 'told reporters', 'said in a statement', 'added', 'warned', 'insisted'];
const STANCES = ['has rejected the proposal, saying it lacks adequate guarantees', 'has welcomed the offer as a first step',
  'has denied the allegations', 'has called for an independent review', 'has dismissed the figures as speculation',
  'has backed the plan in principle', 'has refused to comment on the talks'];
const SUBJECTS = ['Analysts', 'Officials involved in the negotiations', 'Diplomats', 'Industry groups', 'Critics',
  'Lawyers for the company', 'Opposition lawmakers', 'Economists at several banks', 'People familiar with the matter',
  'Union representatives', 'Investors', 'Senior officials', 'Consumer advocates', 'Legal experts'];
const SAYS = ['said', 'warned', 'argued', 'noted', 'cautioned', 'suggested', 'believe', 'have long maintained'];
const CLAIMS = ['the outcome would depend on how quickly both sides could agree on the details',
  'the draft had changed several times in recent weeks', 'the plan was drawn up in haste', 'the dispute could drag on for months',
  'any agreement would need the approval of parliament', 'the figures in the draft were still disputed',
  'markets had already priced in a compromise', 'the timetable was unrealistic', 'the case could take years to resolve',
  'several important questions remained unanswered', 'the costs would eventually fall on taxpayers',
  'a deal was closer than it appeared', 'smaller firms would be hit hardest', 'the rules had been applied unevenly',
  'the talks were overshadowed by disagreements over who would pay', 'the regulator lacked the staff to enforce the rules'];
const ASIDES = ['', ', speaking on condition of anonymity', ' in interviews', ' in a note to clients', ' at a briefing for reporters',
  ' in written submissions', ' privately'];

/** Background sentence: thousands of combinations, so articles do not share boilerplate they would not share. */
function filler(r: Random): string {
  const subject = r.pick(SUBJECTS);
  return `${subject}${r.pick(ASIDES)} ${r.pick(SAYS)} that ${r.pick(CLAIMS)}.`;
}

function quote(r: Random): string {
  return `${r.pick(OPENERS)} ${r.pick(OBJECTS)}${r.chance(0.5) ? `, ${r.pick(TAILS)}` : ''}`;
}

function relativeWhen(r: Random, published: Date): string {
  const roll = r.int(0, 6);
  const back = new Date(published.getTime() - r.int(1, 6) * 86_400_000);
  const ahead = new Date(published.getTime() + r.int(3, 40) * 86_400_000);
  switch (roll) {
    case 0: return `on ${WEEKDAYS[back.getUTCDay()]}`;
    case 1: return 'last week';
    case 2: return `on ${MONTHS[ahead.getUTCMonth()]} ${ahead.getUTCDate()}`;
    case 3: return `in ${MONTHS[ahead.getUTCMonth()]}`;
    case 4: return `next ${WEEKDAYS[ahead.getUTCDay()]}`;
    case 5: return `on ${back.getUTCDate()} ${MONTHS[back.getUTCMonth()]} ${back.getUTCFullYear()}`;
    default: return 'earlier this month';
  }
}

export function writeArticle(r: Random, story: Story, publisher: Publisher, date: Date): Article {
  const people = r.shuffle(story.people);
  const lead = people[0]!;
  const other = people[1] ?? lead;
  const partner = (p: Person) => (p === other ? lead : other);
  const org: Organisation = r.pick(story.organisations);
  const country: Country = r.pick(story.countries);
  const paragraphs: string[] = [];
  const when = () => relativeWhen(r, date);
  const amount = () => money(r, story.baseMillions, story.currency);

  paragraphs.push(`${introduce(r, lead)} said ${when()} that ${country.name} would not accept ${r.pick(OBJECTS)}, ` +
    `raising the stakes in the ${story.topic} as ${story.quantity} was put at ${amount()}.`);
  paragraphs.push(`"${quote(r)}," ${refer(r, lead)} ${r.pick(VERBS)}. "${quote(r)}."`);
  const body = r.int(9, 15);
  for (let i = 0; i < body; i++) {
    const p = r.pick(people);
    switch (r.int(0, 8)) {
      case 0:
        paragraphs.push(`${introduce(r, p)} told ${publisher.name}: "${quote(r)}."`);
        break;
      case 1:
        paragraphs.push(`${story.quantity[0]!.toUpperCase()}${story.quantity.slice(1)} has grown by ${percent(r)} to ${amount()}, ` +
          `the ${org.acronym && r.chance(0.5) ? org.acronym : org.name} said ${when()}. ${filler(r)}`);
        break;
      case 2:
        paragraphs.push(`${country.capital} has provided ${amount()} so far, while ${refer(r, other)} said the true figure ` +
          `was closer to ${amount()}. ${filler(r)}`);
        break;
      case 3:
        paragraphs.push(`${refer(r, p)} ${r.pick(STANCES)}. ${filler(r)} ${filler(r)}`);
        break;
      case 4:
        paragraphs.push(`${refer(r, p)} met ${refer(r, partner(p))} in ${r.pick(story.countries).capital} ${when()}, and the two ` +
          `sides are due to meet again ${when()}. ${filler(r)}`);
        break;
      case 5:
        paragraphs.push(`${org.acronym ? 'The ' : ''}${org.short} said in a statement that it would "not support ${r.pick(OBJECTS)}" ` +
          `and expected a decision ${when()}. ${filler(r)}`);
        break;
      case 6:
        paragraphs.push(`Unemployment in the sector stood at ${percent(r)} ${when()}, and inflation at ${percent(r)}. ` +
          `${filler(r)} ${filler(r)}`);
        break;
      default:
        paragraphs.push(`${filler(r)} ${filler(r)} ${filler(r)}`);
    }
  }
  const title = `${lead.surname} ${r.pick(['rejects', 'backs', 'questions', 'defends', 'warns over'])} ` +
    `${story.topic} ${r.pick(['plan', 'deal', 'terms', 'proposal', 'figures'])} as ${story.quantity.replace(/^the /, '')} ` +
    `${r.pick(['grows', 'stalls', 'is disputed', 'comes under scrutiny'])}`;
  const author = `${r.pick(['Dana', 'Paul', 'Tom', 'Maria', 'Ahmed', 'Lena'])} ${r.pick(['Whitcombe', 'Arkin', 'Fairweather', 'Costa', 'Rahimi', 'Holt'])}`;
  const slug = slugify(title);
  return {
    title: title[0]!.toUpperCase() + title.slice(1),
    dek: `${filler(r)}`,
    publisher,
    date,
    url: `https://${publisher.domain}/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${slug}`,
    author,
    paragraphs,
    credits: r.chance(0.3) ? [`${r.pick(AGENCIES)} contributed reporting.`] : [],
    imageCredit: `${refer(r, lead)} in ${country.capital}. Photo: ${r.pick(AGENCIES)} / ${author}`,
    related: `${r.pick(people).surname} ${r.pick(['signals', 'hints at', 'rules out'])} ${r.pick(['compromise', 'new talks', 'early vote'])}`,
  };
}
