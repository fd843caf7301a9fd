const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * A money amount as the API sends it (a decimal string in the currency's major unit, "1234.5")
 * formatted for people ("€1,234.50"). The string is split, never turned into a float: the
 * integer part is grouped by Intl.NumberFormat as a BigInt and the fraction digits are kept as sent,
 * so "0.10" + "0.20" style float errors and precision loss on large amounts cannot happen.
 * Anything that is not a decimal string is shown as it came, beside its currency.
 */
export function formatMoney(amount: string, currency: string, locale?: string): string {
  const match = DECIMAL.exec(amount.trim());
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  } catch {
    return `${amount} ${currency}`;
  }
  if (!match) return `${amount} ${currency}`;
  const [, minus, integer, fraction = ''] = match;
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  // Digits beyond the currency's are kept unless they are trailing zeros: nothing is rounded away.
  const trimmed = fraction.length > digits ? fraction.replace(/0+$/, '') : fraction;
  const shownFraction = trimmed.padEnd(digits, '0');
  const isZero = /^0*$/.test(integer + fraction);
  const grouped = format
    .formatToParts(BigInt(integer))
    .filter((part) => part.type === 'integer' || part.type === 'group')
    .map((part) => part.value)
    .join('');
  // The sign, the symbol and their order come from formatting ±1 in the same locale and currency.
  const template = format.formatToParts(minus && !isZero ? -1n : 1n);
  const decimal =
    template.find((part) => part.type === 'decimal')?.value ??
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ??
    '.';
  const fractionText = shownFraction ? decimal + shownFraction : '';
  const hasFraction = template.some((part) => part.type === 'fraction');
  return template
    .map((part) => {
      if (part.type === 'integer') return hasFraction ? grouped : grouped + fractionText;
      if (part.type === 'decimal') return '';
      if (part.type === 'fraction') return fractionText;
      return part.value;
    })
    .join('');
}
