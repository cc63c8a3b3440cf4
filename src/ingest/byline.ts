/**
 * Bylines: "By Aoife Brennan, Europe correspondent", "By Alejandro Ibáñez and Grace Mbeki",
 * "By Priya Raman | 24 August 2023, 6:15 AM AEST | 5 min read", "Reporting by Declan Moy; editing by …".
 * Byline names are authors, not actors.
 */

const ROLE = /\b(?:reporter|correspondent|editor|editors|staff|writer|contributor|columnist|bureau|desk|chief|analyst|team|newsroom|producer|photographer|intern|agencies|agency)\b/i;
const PARTICLE = /^(?:de|da|das|do|dos|du|del|della|der|den|van|von|bin|bint|al|el|la|le|di|y|e|ibn|ter|ten|zu|of)$/;

export function isBylineText(text: string): boolean {
  return /^\s*(?:by|written by|words by|reporting by|text by|von|par|por)\s+\S/i.test(text) && text.length <= 200 && bylineNames(text).length > 0;
}

function startsLikeByline(text: string): boolean {
  return /^\s*(?:by|written by|words by|reporting by|text by|von|par|por)\s+\S/i.test(text) && text.length <= 200;
}

function looksLikeName(part: string): boolean {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || ROLE.test(part)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w) || /^\p{Lu}?['’]\p{Lu}/u.test(w));
}

/** Names in a byline; empty when the text is not a byline. */
export function bylineNames(text: string): string[] {
  if (!startsLikeByline(text)) return [];
  let first = text.split(/\s+[|·•—–]\s+|\s*[|·•]\s*|;\s*/)[0] ?? '';
  first = first.replace(/^\s*(?:by|written by|words by|reporting by|text by|von|par|por)\s+/i, '');
  first = first.replace(/\s+in\s+\p{Lu}[\p{L}\s.-]*$/u, '');
  // "Name, 24 August 2023" — a date after the names.
  first = first.replace(/,?\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}),?\s+\d{4}.*$/u, '');
  const names: string[] = [];
  for (const raw of first.split(/,\s*|\s+and\s+|\s*&\s*/)) {
    const part = raw.trim().replace(/[.,;:]+$/, '');
    if (looksLikeName(part) && !names.includes(part)) names.push(part);
  }
  return names;
}
