/** Dates as readers expect them, with the precision the source allows. */
import type { DatePrecision } from '../model/graph.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-02-10` → "10 February 2025"; `2025-02` → "February 2025"; `2025` → "2025"; null → null. */
export function formatDate(date: string | null, precision: DatePrecision | null = null): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  const p = precision ?? (d ? 'day' : m ? 'month' : 'year');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (p === 'day' && month && d) return `${Number(d)} ${month} ${y}`;
  if ((p === 'day' || p === 'month') && month) return `${month} ${y}`;
  return y ?? date;
}
