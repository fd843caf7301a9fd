/*
 * The report's numbers that are not money, counts or shares (those have lib/money and lib/format):
 * credit-weighted counts and changes on the previous quarter, in the reader's locale.
 */
export const figures = {
  /** A credit-weighted count such as 2.4 conversions or 0.4 new customers: up to 2 decimals. */
  credit(value: number, locale?: string): string {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  },
  /** A change in percent as the API gives it (62.5 → "+62.5%"); `null` (nothing before) → "new". */
  change(percent: number | null, locale?: string): string {
    if (percent === null) return 'new';
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    return `${format.format(percent)}%`;
  },
  /** A funnel role or model key as a word: "awareness" → "Awareness". */
  name(key: string): string {
    const spaced = key.replace(/_/g, ' ');
    return spaced.charAt(0).toUpperCase() + spaced.slice(1);
  },
};
