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

/**
 * The exact sum of decimal strings of one currency ("12.50" + "0.05" = "12.55"), for totals of
 * amounts the API sent: the digits are added as BigInt at the finest scale among them, never as
 * floats. Anything that is not a decimal string counts as nothing.
 */
export function sumMoney(amounts: readonly string[]): string {
  const parsed = amounts.flatMap((amount) => {
    const match = DECIMAL.exec(amount.trim());
    return match ? [{ minus: Boolean(match[1]), integer: match[2], fraction: match[3] ?? '' }] : [];
  });
  const scale = Math.max(0, ...parsed.map((part) => part.fraction.length));
  const total = parsed.reduce((sum, part) => {
    const value = BigInt(part.integer + part.fraction.padEnd(scale, '0'));
    return part.minus ? sum - value : sum + value;
  }, 0n);
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${total < 0n ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}
