/** A calendar month ("2026-11") as the local days the API takes: its first and last day. */
export function monthDays(month: string): { periodStart: string; periodEnd: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return null;
  const last = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate();
  return { periodStart: `${month}-01`, periodEnd: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month of a first and last day when they span exactly one whole month ("2026-11"), else null. */
export function wholeMonthOf(periodStart: string, periodEnd: string): string | null {
  const month = periodStart.slice(0, 7);
  const days = monthDays(month);
  return days && days.periodStart === periodStart && days.periodEnd === periodEnd ? month : null;
}

/** "2026-11" for people ("November 2026"), without passing through the reader's time zone. */
export function formatMonth(month: string, locale?: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, number! - 1, 1)),
  );
}
