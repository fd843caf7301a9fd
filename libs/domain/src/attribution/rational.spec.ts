import { Rational } from './rational.js';

describe('Rational', () => {
  describe('of', () => {
    it('reduces and keeps the sign on the numerator', () => {
      const sut = Rational.of(6, -4);
      expect(sut.numerator).toBe(-3n);
      expect(sut.denominator).toBe(2n);
      expect(Rational.of(-10n, -15n).toString()).toBe('2/3');
    });

    it('writes zero and whole numbers without a denominator', () => {
      expect(Rational.of(0, -7).toString()).toBe('0');
      expect(Rational.of(0, -7).denominator).toBe(1n);
      expect(Rational.of(12, 4).toString()).toBe('3');
    });

    it('refuses a zero denominator and non-integer numbers', () => {
      expect(() => Rational.of(1, 0)).toThrow(RangeError);
      expect(() => Rational.of(0.5, 1)).toThrow(RangeError);
      expect(() => Rational.of(2 ** 53, 1)).toThrow(RangeError);
    });
  });

  describe('fromDecimal', () => {
    it.each([
      ['0.4', '2/5'],
      ['0.40', '2/5'],
      ['1.0', '1'],
      ['1.5', '3/2'],
      ['1.2', '6/5'],
      ['-0.25', '-1/4'],
      ['+0.8', '4/5'],
      ['007.50', '15/2'],
      ['2.5e3', '2500'],
      ['125E-3', '1/8'],
      ['0', '0'],
    ])('reads %j exactly as %s', (text, fraction) => {
      expect(Rational.fromDecimal(text).toString()).toBe(fraction);
    });

    it('reads a number through its shortest decimal string, so 0.4 is exactly 2/5', () => {
      expect(Rational.fromDecimal(0.4).toString()).toBe('2/5');
      expect(Rational.fromDecimal(0.4).equals(Rational.fromDecimal('0.4'))).toBe(true);
      expect(Rational.fromDecimal(1e-7).toString()).toBe('1/10000000');
      expect(Rational.fromDecimal(1e21).toString()).toBe('1000000000000000000000');
    });

    it('takes the double it is given, not the decimal someone meant', () => {
      // 0.1 + 0.2 is the double printed "0.30000000000000004" = 30000000000000004 / 10^17, which
      // divides by 4 to 7500000000000001 / 25000000000000000 (the numerator is odd and ends in 1).
      expect(Rational.fromDecimal(0.1 + 0.2).toString()).toBe('7500000000000001/25000000000000000');
    });

    it.each(['', '.5', '5.', '1,5', '0x10', 'abc', ' 1', '1e', '1e99999', NaN, Infinity, -Infinity])(
      'refuses %j',
      (value) => {
        expect(() => Rational.fromDecimal(value)).toThrow(RangeError);
      },
    );
  });

  describe('arithmetic', () => {
    const third = Rational.of(1, 3);
    const sixth = Rational.of(1, 6);

    it('adds, subtracts, multiplies and divides exactly', () => {
      expect(third.add(sixth).toString()).toBe('1/2'); // 2/6 + 1/6
      expect(Rational.of(1, 2).subtract(Rational.of(3, 4)).toString()).toBe('-1/4'); // 2/4 − 3/4
      expect(Rational.of(2, 3).multiply(Rational.of(9, 4)).toString()).toBe('3/2'); // 18/12
      expect(Rational.of(1, 2).divide(Rational.of(1, 4)).toString()).toBe('2');
    });

    it('refuses to divide by zero', () => {
      expect(() => third.divide(Rational.ZERO)).toThrow(RangeError);
    });

    it('compares by value, not by approximation', () => {
      // 1/3 against 333/1000: 1000 > 999 after cross-multiplying.
      expect(third.compare(Rational.fromDecimal('0.333'))).toBe(1);
      expect(Rational.fromDecimal('0.333').compare(third)).toBe(-1);
      expect(Rational.of(2, 6).compare(third)).toBe(0);
      expect(Rational.of(2, 6).equals(third)).toBe(true);
      expect(third.equals(sixth)).toBe(false);
      expect(Rational.of(0, 5).isZero()).toBe(true);
    });

    it('sums a list, the empty list to 0', () => {
      expect(Rational.sum([Rational.of(1, 2), third, sixth]).toString()).toBe('1'); // 3/6 + 2/6 + 1/6
      expect(Rational.sum([]).toString()).toBe('0');
    });

    it('finds the least common denominator', () => {
      // lcm(4, 6, 1) = 12, not the product 24.
      expect(Rational.commonDenominator([Rational.of(1, 4), sixth, Rational.of(5)])).toBe(12n);
      expect(Rational.commonDenominator([])).toBe(1n);
    });
  });

  describe('toNumber', () => {
    it('approximates the fraction', () => {
      expect(Rational.of(1, 3).toNumber()).toBeCloseTo(0.333333, 6);
      expect(Rational.of(-15, 29).toNumber()).toBeCloseTo(-0.517241, 6);
    });

    it('stays finite when both parts are beyond the range of a double', () => {
      // 10^400 / (3 × 10^400 + 1) is just under 1/3; Number() of either part alone is Infinity.
      expect(Rational.of(10n ** 400n, 3n * 10n ** 400n + 1n).toNumber()).toBeCloseTo(1 / 3, 12);
    });
  });

  describe('text', () => {
    it('serialises to JSON as its exact fraction and parses back', () => {
      expect(JSON.stringify({ credit: Rational.of(15, 29) })).toBe('{"credit":"15/29"}');
      expect(Rational.parse('15/29').equals(Rational.of(15, 29))).toBe(true);
      expect(Rational.parse('-3').equals(Rational.of(-3))).toBe(true);
      expect(Rational.parse('6/4').toString()).toBe('3/2');
    });

    it.each(['', '0.5', '1/', '/2', '1/-2', '1/0', 'a/b'])('refuses to parse %j', (text) => {
      expect(() => Rational.parse(text)).toThrow(RangeError);
    });
  });
});
