/**
 * The `count` months before the current one in `timeZone`, newest first, as "2026-10" keys: the
 * months that are over there, which statements can be run for.
 */
export function closedMonths(now: Date, timeZone: string, count = 12): string[] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(now);
  let year = Number(parts.find((part) => part.type === 'year')?.value);
  let month = Number(parts.find((part) => part.type === 'month')?.value);
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
    keys.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  return keys;
}
