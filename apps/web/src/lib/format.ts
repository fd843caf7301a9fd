/*
 * Counts, shares and days for people, in their locale (`locale` undefined: the browser's). Money
 * has its own exact formatter (money.ts); these take numbers the API sends as numbers.
 */

/** A whole count ("12,345"). */
export function formatCount(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A share of 0..1 as a percentage ("35.5%"), at most `digits` decimals. */
export function formatShare(share: number, locale?: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** A ratio such as MER or ROAS ("4.25×"). */
export function formatMultiple(value: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}×`;
}

/**
 * A local calendar day as the API sends it ("2026-11-30": a day in the brand's time zone) in the
 * reader's locale, without shifting it through the reader's zone.
 */
export function formatDay(
  day: string,
  locale?: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}
