import { currencyExponent, isCurrencyCode } from './currencies.js';

/**
 * Money is an integer count of the currency's minor unit (cents, yen, fils) with the currency
 * beside it. Floating point never holds money: decimal strings are parsed digit by digit.
 */
export interface Money {
  readonly minor: number;
  readonly currency: string;
}

/** Why a decimal string is not an amount of money; callers turn this into a field error. */
export type MoneyParseProblem = 'unknown_currency' | 'not_a_decimal' | 'too_many_decimals' | 'too_large';

export class MoneyParseError extends Error {
  constructor(
    readonly problem: MoneyParseProblem,
    message: string,
  ) {
    super(message);
    this.name = 'MoneyParseError';
  }
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a major-unit decimal string ("19.99", "-5", "1000.250") into minor units.
 * More decimals than the currency has is an error, never a rounding: "1.005" USD is refused.
 */
export function parseMoney(amount: string, currency: string): Money {
  if (!isCurrencyCode(currency)) {
    throw new MoneyParseError('unknown_currency', `"${currency}" is not an ISO 4217 currency code`);
  }
  const match = DECIMAL.exec(amount);
  if (!match) {
    throw new MoneyParseError('not_a_decimal', `"${amount}" is not a decimal number like "19.99"`);
  }
  const [, sign, whole, fraction = ''] = match;
  const exponent = currencyExponent(currency);
  if (fraction.length > exponent) {
    throw new MoneyParseError(
      'too_many_decimals',
      `${currency} has ${exponent} decimal${exponent === 1 ? '' : 's'}; "${amount}" has ${fraction.length}`,
    );
  }
  const digits = (whole + fraction.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  const minor = Number(digits);
  if (!Number.isSafeInteger(minor)) {
    throw new MoneyParseError('too_large', `"${amount}" ${currency} is too large`);
  }
  return { minor: sign && minor !== 0 ? -minor : minor, currency };
}

/** Formats minor units as the major-unit decimal string of the API ("19.99", "-0.05", "500"). */
export function formatMoney(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${minor} is not an integer amount of minor units`);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(minor)
    .toString()
    .padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${minor < 0 ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}

/**
 * An amount per unit (commission per click) as a decimal string in the major unit, exact to
 * `extraDigits` more decimals than the currency has, rounded half away from zero: 25.00 over 3
 * clicks is "8.3333", 0.05 over 2 is "0.0250". Integer arithmetic throughout (BigInt), no float.
 */
export function formatMoneyPerUnit(minor: number, units: number, currency: string, extraDigits = 2): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${minor} is not an integer amount of minor units`);
  if (!Number.isSafeInteger(units) || units <= 0) throw new RangeError(`${units} is not a positive whole count`);
  const exponent = currencyExponent(currency) + extraDigits;
  const scaled = BigInt(Math.abs(minor)) * 10n ** BigInt(extraDigits);
  const quotient = scaled / BigInt(units);
  const rounded = (scaled % BigInt(units)) * 2n >= BigInt(units) ? quotient + 1n : quotient;
  const digits = rounded.toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${minor < 0 && rounded !== 0n ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}

/**
 * Splits an integer total into parts proportional to non-negative integer weights so that the
 * parts sum exactly to the total (largest-remainder, also called Hamilton's method).
 *
 * Each part first gets floor(total × weight / Σweights); the minor units left over go one each to
 * the parts with the largest remainders, earlier parts first on ties. A negative total is split
 * as its absolute value and negated, so a full clawback mirrors the original split exactly.
 * Weights are bigints so that exact rational credits can be passed over a common denominator.
 */
export function allocateLargestRemainder(total: number, weights: readonly (bigint | number)[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError(`total ${total} is not a safe integer`);
  if (weights.length === 0) throw new RangeError('cannot split an amount into zero parts');
  const w = weights.map((weight) => {
    if (typeof weight === 'number' && !Number.isSafeInteger(weight)) {
      throw new RangeError(`weight ${weight} is not an integer`);
    }
    const value = BigInt(weight);
    if (value < 0n) throw new RangeError(`weight ${weight} is negative`);
    return value;
  });
  const sum = w.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new RangeError('weights sum to zero');

  const magnitude = BigInt(Math.abs(total));
  const parts = w.map((weight) => (magnitude * weight) / sum);
  const remainders = w.map((weight, index) => ({ index, remainder: (magnitude * weight) % sum }));
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] += 1n;
    left -= 1n;
  }
  const sign = total < 0 ? -1 : 1;
  return parts.map((part) => sign * Number(part) || 0);
}
