export interface QuarterOption {
  /** "2026-Q3", as the API takes it. */
  value: string;
  /** "Q3 2026 (Jul – Sep)", and "so far" for the quarter under way. */
  label: string;
}

/** "Jul" for month index 6, in the reader's locale. */
const monthName = (month: number, locale?: string): string =>
  new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month, 1)));

/**
 * The quarter under way in the brand's time zone and the `count − 1` before it, newest first: the
 * quarters a report can be asked for (one that has not started is refused by the API).
 */
export function quarterOptions(now: Date, timeZone: string, count = 8, locale?: string): QuarterOption[] {
  const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', timeZone }).formatToParts(now);
  let year = Number(parts.find((part) => part.type === 'year')?.value);
  let quarter = Math.floor((Number(parts.find((part) => part.type === 'month')?.value) - 1) / 3) + 1;
  const options: QuarterOption[] = [];
  for (let index = 0; index < count; index++) {
    const first = (quarter - 1) * 3;
    const months = `${monthName(first, locale)} – ${monthName(first + 2, locale)}`;
    options.push({
      value: `${year}-Q${quarter}`,
      label: `Q${quarter} ${year} (${months}${index === 0 ? ', so far' : ''})`,
    });
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return options;
}
