/**
 * Explicit calendar dates only ("February 11, 2025", "11 February 2025", "Oct. 25, 2024",
 * "2025-02-11"). Nothing relative, nothing guessed: a text without a full date gives null.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function valid(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `2025-02-15T16:42:00+02:00` → `2025-02-15`: the date as written, never shifted to another time zone. */
export function isoDateAsWritten(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!m) return null;
  return valid(Number(m[1]), Number(m[2]), Number(m[3]));
}

export interface FoundDate {
  date: string;
  index: number;
  length: number;
}

/** The first explicit full date in `text`. */
export function findDate(text: string): FoundDate | null {
  const found: FoundDate[] = [];
  const mdy = MDY.exec(text);
  if (mdy) {
    const date = valid(Number(mdy[3]), MONTHS[mdy[1]!.toLowerCase()] ?? 0, Number(mdy[2]));
    if (date) found.push({ date, index: mdy.index, length: mdy[0].length });
  }
  const dmy = DMY.exec(text);
  if (dmy) {
    const date = valid(Number(dmy[3]), MONTHS[dmy[2]!.toLowerCase()] ?? 0, Number(dmy[1]));
    if (date) found.push({ date, index: dmy.index, length: dmy[0].length });
  }
  const iso = ISO.exec(text);
  if (iso) {
    const date = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) found.push({ date, index: iso.index, length: iso[0].length });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b,?/gi;
const TIME = /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|GMT[+-]?\d*|UTC[+-]?\d*))?\b/gi;

/**
 * A dateline: a short line that is essentially a date ("February 11, 2025", "Thursday 7 March 2024 - 14:20",
 * "Published: Oct. 25, 2024 at 5:48 AM EDT | Updated: …", "October 21, 2024 | 8:12 PM").
 */
export function datelineDate(text: string): string | null {
  if (text.length > 160) return null;
  // "Updated: …" alone is not the publication date.
  const published = text.replace(/\|?\s*(?:updated|modified|last updated)\b.*$/i, '');
  const found = findDate(published);
  if (!found) return null;
  const rest = (published.slice(0, found.index) + published.slice(found.index + found.length))
    .replace(WEEKDAY, ' ')
    .replace(TIME, ' ')
    .replace(/\b(?:published|posted|first published|on|at|updated|date|by)\b:?/gi, ' ')
    .replace(/\b\d+\s*min(?:ute)?s?\s*read\b/gi, ' ')
    .replace(/[\s|·•,:;–—\-/()]+/g, '');
  return rest.length <= 3 ? found.date : null;
}
