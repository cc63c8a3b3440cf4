/**
 * Boilerplate that scraped news pages carry around the article, recognised one block at a time.
 * Each rule names what it removes; the label goes into the source's cleaning report.
 * Rules are about page furniture any reader would skip, never about a particular site.
 */
import type { Block } from './block.ts';

export interface BoilerplateRule {
  label: string;
  test: (block: Block) => boolean;
}

const short = (b: Block, n = 300): boolean => b.text.length <= n;
const linkDensity = (b: Block): number => (b.text.length ? b.linkChars / b.text.length : 0);
const hasQuote = (b: Block): boolean => /["“”«»„]/.test(b.text);
/** A line made of short items separated by `|`, `·`, `>` or `/` (navigation bars, breadcrumbs). */
function isMenuLine(text: string): boolean {
  const parts = text.split(/\s+(?:\||·|•|>|»|\/)\s+|\s*\|\s*/).map((s) => s.trim()).filter(Boolean);
  if (parts.length < 3 && !(parts.length === 2 && /\s(?:>|»)\s/.test(text))) return false;
  return parts.every((p) => p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p));
}

export const BLOCK_RULES: BoilerplateRule[] = [
  { label: 'navigation', test: (b) => /^(?:skip to (?:main )?(?:content|navigation|main)|jump to (?:content|navigation)|back to top|menu|search)$/i.test(b.text) },
  {
    label: 'cookie notice',
    test: (b) => short(b, 600) && /\bcookies?\b/i.test(b.text) && /\b(?:accept|consent|agree|privacy|continu(?:e|ing) to (?:browse|use)|personali[sz]e|preferences|settings)\b/i.test(b.text),
  },
  { label: 'related links', test: (b) => /^(?:related(?: articles?| stories| coverage| content| reading)?|read (?:more|also|next)|see also|more on this(?: story)?|recommended|also read|further reading)\s*[:：]/i.test(b.text) },
  { label: 'related links', test: (b) => b.kind === 'heading' && /^(?:related(?: articles?| stories)?|read more|more (?:stories|news|from [\p{L} ]+))$/iu.test(b.text) },
  {
    label: 'newsletter promotion',
    test: (b) =>
      short(b, 400) &&
      /\b(?:subscribe|subscription|sign(?:ing)? up|newsletters?|in your inbox|unsubscribe|become a (?:member|subscriber)|support (?:us|our journalism)|donate)\b/i.test(b.text) &&
      (b.emphasized ||
        /^(?:get|sign up|subscribe|join|by signing up|become|support|donate)\b/i.test(b.text) ||
        b.links.some((l) => /\b(?:subscribe|sign up|join|donate|become a member|register|newsletters?)\b/i.test(l.text))) &&
      !hasQuote(b),
  },
  { label: 'share links', test: (b) => short(b, 200) && /^(?:share(?: this(?: article| story)?)?|share on|follow us(?: on)?)\s*[:：]?\s*(?:\S+\s*){0,8}$/i.test(b.text) && (b.links.length > 0 || /facebook|twitter|\bX\b|email|whatsapp|linkedin/i.test(b.text)) },
  { label: 'tags', test: (b) => short(b, 300) && /^(?:tags|topics|filed under|tagged|categories|keywords)\s*[:：]/i.test(b.text) },
  { label: 'reading time', test: (b) => short(b, 90) && /\b\d+\s*min(?:ute)?s?\b/i.test(b.text) && (/\b(?:read|listen|watch)\b/i.test(b.text) || b.emphasized) },
  { label: 'tip line', test: (b) => short(b, 300) && /\b(?:send us a (?:news )?tip|have a (?:news )?tip|news tip|tips page|report a typo|contact (?:our|the) corrections desk|spot an error|found an error)\b/i.test(b.text) },
  { label: 'app promotion', test: (b) => short(b, 250) && /\b(?:download (?:the|our) [\p{L}\d ]*app|app store|google play)\b/iu.test(b.text) },
  {
    label: 'copyright notice',
    test: (b) => short(b, 600) && (/^(?:©|\(c\)|copyright\b)/i.test(b.text) || /\ball rights reserved\b/i.test(b.text) || /\b(?:reproduction|republication|redistribution)\b[^.]*\b(?:prohibited|without (?:prior )?(?:written )?(?:permission|consent))/i.test(b.text)),
  },
  {
    label: 'publisher notice',
    test: (b) =>
      short(b, 400) &&
      /^(?:The )?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+[\p{Lu}\d][\p{L}\d&'’.-]*){0,5}\s+(?:is|are)\s+(?:published by|a\b[^.]*\b(?:newsroom|publication|publisher|newspaper|news (?:site|service|agency|organi[sz]ation)|magazine|broadcaster|radio|media (?:company|group)))/u.test(b.text),
  },
  { label: 'republication note', test: (b) => short(b, 300) && /^(?:this (?:story|article|report|piece) (?:was |is )?(?:originally |first )?(?:published|appeared|republished)|originally published (?:by|in|on|at))\b/i.test(b.text) },
  { label: 'comments', test: (b) => /^(?:comments?(?:\s*\(\d+\))?|no comments?(?: yet)?\.?|be the first to comment\.?|sign in to comment\.?|log in to comment\.?|leave a (?:comment|reply)\.?|\d+ comments?|show comments|view comments)$/i.test(b.text) },
  { label: 'image', test: (b) => b.kind === 'image' },
  { label: 'photo credit', test: (b) => short(b, 120) && /^(?:photo|photograph|image|picture|foto|credit|photo credit)s?\s*:/i.test(b.text) },
  // Last: generic link lists, once the named kinds above have had their turn.
  {
    label: 'navigation',
    test: (b) => short(b, 400) && !hasQuote(b) && (isMenuLine(b.text) || (b.links.length >= 2 && linkDensity(b) > 0.6 && !/[.!?]["”’]?$/.test(b.text)) || (b.kind === 'item' && linkDensity(b) > 0.9)),
  },
];

/** `Legal Disclaimer:` headings whose next block is the disclaimer text. */
export const DISCLAIMER_HEAD = /^(?:legal )?disclaimer\s*:?$/i;
export const DISCLAIMER_INLINE = /^(?:legal )?disclaimer\s*:\s*\S/i;
/** "Most Popular" lists: the heading and the run of short headlines under it. */
export const MOST_READ_HEAD = /^(?:most (?:popular|read|viewed|shared)(?: this week| today| stories| articles)?|trending(?: now)?|popular (?:now|stories)|latest (?:news|stories)|editor['’]s picks|you may also like|recommended for you|more from [\p{L} ]+)$/iu;
/** `Original url:` footers, alone or with the address on the same line. */
export const ORIGINAL_URL = /^(?:original (?:url|link|article|source)|source url|source|canonical url|url)\s*:\s*(?:<(https?:\/\/\S+?)>|(https?:\/\/\S+))?$/i;

/**
 * A URL as written in a footer, made safe to use: parsed (which percent-encodes spaces, quotes, < and >), the characters
 * the parser leaves alone but a link must not carry ({ } | \ ^ `) encoded too; null unless it is http(s).
 */
export function normaliseUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.replace(/[{}|\\^`]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  } catch {
    return null;
  }
}
