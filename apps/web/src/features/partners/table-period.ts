/*
 * The periods the partners table sums over, as the brand's local days: the API takes `from` and
 * `to` ('YYYY-MM-DD' in the brand's time zone). Pure calendar arithmetic on day strings, in UTC,
 * so that the reader's own time zone never shifts a day.
 */
export const TABLE_PERIODS = [
  { value: 'last-7', label: 'Last 7 days' },
  { value: 'last-30', label: 'Last 30 days' },
  { value: 'last-90', label: 'Last 90 days' },
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
] as const;

export type TablePeriod = (typeof TABLE_PERIODS)[number]['value'];

/** The default: the last 30 days, today included (the same as the API's own default). */
export const DEFAULT_TABLE_PERIOD: TablePeriod = 'last-30';

export function isTablePeriod(value: string | null): value is TablePeriod {
  return TABLE_PERIODS.some((period) => period.value === value);
}

/** Today in a time zone, 'YYYY-MM-DD'. */
export function localToday(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const asUtc = (day: string): Date => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date): string => date.toISOString().slice(0, 10);
const plusDays = (day: string, days: number): string => dayOf(new Date(asUtc(day).getTime() + days * 86_400_000));

/** The first and last local day of a period that ends today (or, for last month, before this month). */
export function periodDays(period: TablePeriod, today: string): { from: string; to: string } {
  const date = asUtc(today);
  const firstOfMonth = dayOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)));
  switch (period) {
    case 'last-7':
      return { from: plusDays(today, -6), to: today };
    case 'last-30':
      return { from: plusDays(today, -29), to: today };
    case 'last-90':
      return { from: plusDays(today, -89), to: today };
    case 'this-month':
      return { from: firstOfMonth, to: today };
    case 'last-month':
      return {
        from: dayOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1))),
        to: plusDays(firstOfMonth, -1),
      };
  }
}
