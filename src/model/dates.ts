/** Dutch calendar dates: "18 juni 2026" <-> "2026-06-18". */

export const DUTCH_MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** True for a real calendar date in ISO form (no 30 February). */
export function isIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function formatDutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `${Number(m[3])} ${DUTCH_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const DUTCH_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${DUTCH_MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i');

/**
 * Finds the first Dutch date ("6 mei 2026") in the text and returns it in ISO form,
 * or undefined when there is none or it is not a real date.
 */
export function parseDutchDate(text: string): string | undefined {
  const m = DUTCH_DATE.exec(text);
  if (!m) return undefined;
  const month = DUTCH_MONTHS.indexOf(m[2].toLowerCase() as (typeof DUTCH_MONTHS)[number]) + 1;
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}
