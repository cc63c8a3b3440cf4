/** Site-internal URLs that work under any `base` (versioned deploys live under `/<version>/`). */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-02-11` → "11 February 2025" (also month and year precision). */
export function displayDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? date;
}

/** Only http(s) URLs become links (the same rule as the emit stage's). */
export { safeUrl as safeHref } from '../emit/safe-url.ts';

export const KIND_LABEL: Record<string, string> = { person: 'Person', organization: 'Organisation', country: 'Country' };
