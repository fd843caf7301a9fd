import { CURRENCY_CODES, currencyExponent, isCurrencyCode } from './currencies.js';
import { allocateLargestRemainder, formatMoney, formatMoneyPerUnit, MoneyParseError, parseMoney } from './money.js';

describe('currencies', () => {
  it('knows the ISO 4217 exponents of 0-, 2-, 3- and 4-decimal currencies', () => {
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KRW')).toBe(0);
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('BHD')).toBe(3);
    expect(currencyExponent('CLF')).toBe(4);
  });

  it('refuses codes that are not active currencies', () => {
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('XAU')).toBe(false);
    expect(isCurrencyCode('ABC')).toBe(false);
    expect(() => currencyExponent('ABC')).toThrow(RangeError);
  });

  it('lists each code once', () => {
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    expect(CURRENCY_CODES.length).toBeGreaterThan(150);
  });
});

describe(parseMoney.name, () => {
  it.each([
    ['19.99', 'USD', 1999],
    ['19.9', 'USD', 1990],
    ['19', 'USD', 1900],
    ['0.01', 'USD', 1],
    ['007.50', 'EUR', 750],
    ['-5.25', 'USD', -525],
    ['1500', 'JPY', 1500],
    ['12.345', 'KWD', 12345],
    ['12.3', 'KWD', 12300],
    ['0', 'KWD', 0],
  ])('reads %s %s as %i minor units', (amount, currency, minor) => {
    expect(parseMoney(amount, currency)).toEqual({ minor, currency });
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseMoney('-0.00', 'USD').minor, 0)).toBe(true);
  });

  it.each([
    ['1.005', 'USD', 'too_many_decimals'],
    ['1.5', 'JPY', 'too_many_decimals'],
    ['1.0001', 'KWD', 'too_many_decimals'],
    ['1e3', 'USD', 'not_a_decimal'],
    ['1,50', 'EUR', 'not_a_decimal'],
    [' 1.50', 'EUR', 'not_a_decimal'],
    ['.5', 'USD', 'not_a_decimal'],
    ['NaN', 'USD', 'not_a_decimal'],
    ['Infinity', 'USD', 'not_a_decimal'],
    ['', 'USD', 'not_a_decimal'],
    ['1.00', 'XYZ', 'unknown_currency'],
    ['99999999999999999', 'USD', 'too_large'],
  ])('refuses %j %s (%s)', (amount, currency, problem) => {
    let caught: unknown;
    try {
      parseMoney(amount, currency);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MoneyParseError);
    expect((caught as MoneyParseError).problem).toBe(problem);
  });
});

describe(formatMoney.name, () => {
  it.each([
    [1999, 'USD', '19.99'],
    [5, 'USD', '0.05'],
    [-5, 'USD', '-0.05'],
    [0, 'USD', '0.00'],
    [1500, 'JPY', '1500'],
    [12345, 'KWD', '12.345'],
    [7, 'KWD', '0.007'],
    [-120000, 'BHD', '-120.000'],
  ])('writes %i %s as %s', (minor, currency, text) => {
    expect(formatMoney(minor, currency)).toBe(text);
  });

  it('round-trips with parseMoney', () => {
    for (const [amount, currency] of [
      ['123456.78', 'USD'],
      ['0.001', 'KWD'],
      ['42', 'JPY'],
    ]) {
      expect(formatMoney(parseMoney(amount, currency).minor, currency)).toBe(amount);
    }
  });

  it('refuses fractional minor units', () => {
    expect(() => formatMoney(1.5, 'USD')).toThrow(RangeError);
  });
});

describe(allocateLargestRemainder.name, () => {
  it('splits 100.00 in thirds as 33.34, 33.33, 33.33', () => {
    expect(allocateLargestRemainder(10000, [1, 1, 1])).toEqual([3334, 3333, 3333]);
  });

  it('gives the leftover units to the largest remainders, not the first parts', () => {
    // 10 split 1:2:3 → exact 1.667, 3.333, 5.000 → floors 1, 3, 5 leave 1 unit; remainders
    // 4/6, 2/6, 0/6 → the first part gets it: 2, 3, 5.
    expect(allocateLargestRemainder(10, [1, 2, 3])).toEqual([2, 3, 5]);
    // 100 split 1:1:1:1:1:1:1 → 14 each leaves 2; equal remainders go to the earlier parts.
    expect(allocateLargestRemainder(100, [1, 1, 1, 1, 1, 1, 1])).toEqual([15, 15, 14, 14, 14, 14, 14]);
  });

  it('splits 999 yen by a 40/20/40 position-based credit exactly', () => {
    // 999 yen at 40%/20%/40%: 399.6, 199.8, 399.6 → floors 399, 199, 399 leave 2;
    // remainders .6, .8, .6 → the middle first, then the first touch: 400, 200, 399.
    expect(allocateLargestRemainder(999, [2, 1, 2])).toEqual([400, 200, 399]);
  });

  it('mirrors a negative total so a full clawback undoes the split exactly', () => {
    expect(allocateLargestRemainder(-10000, [1, 1, 1])).toEqual([-3334, -3333, -3333]);
  });

  it('accepts exact rational weights over a common denominator as bigints', () => {
    // credits 1/6, 1/3, 1/2 of 1.01 KWD (1010 fils) → 168.33, 336.67, 505 → 168, 337, 505.
    expect(allocateLargestRemainder(1010, [1n, 2n, 3n])).toEqual([168, 337, 505]);
  });

  it('gives nothing to a zero weight', () => {
    expect(allocateLargestRemainder(5, [0, 1, 0, 1])).toEqual([0, 3, 0, 2]);
  });

  it('always sums to the total', () => {
    const weights = [7, 13, 1, 29, 3, 11];
    for (const total of [0, 1, 59, 1000, 99999, -31, 123456789]) {
      const parts = allocateLargestRemainder(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it('refuses impossible splits', () => {
    expect(() => allocateLargestRemainder(10, [])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(10, [0, 0])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(10, [1, -1])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(1.5, [1])).toThrow(RangeError);
  });
});

describe(formatMoneyPerUnit.name, () => {
  it.each([
    [2500, 3, 'EUR', '8.3333'], // 25.00 / 3 = 8.33333…
    [5, 2, 'EUR', '0.0250'], // 0.05 / 2
    [200, 3, 'EUR', '0.6667'], // 2.00 / 3 = 0.66666… rounds up
    [-100, 3, 'EUR', '-0.3333'],
    [0, 7, 'EUR', '0.0000'],
    [1000, 3, 'JPY', '333.33'], // no minor unit: two decimals
    [1, 3, 'EUR', '0.0033'],
  ])('%i minor over %i in %s is %s', (minor, units, currency, text) => {
    expect(formatMoneyPerUnit(minor, units, currency)).toBe(text);
  });

  it('refuses no units', () => {
    expect(() => formatMoneyPerUnit(100, 0, 'EUR')).toThrow(RangeError);
  });
});
