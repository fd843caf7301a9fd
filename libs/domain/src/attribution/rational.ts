/**
 * An exact fraction of two bigints, always reduced and with a positive denominator, so equal
 * values have equal fields. Attribution credits stay exact until money is computed: floating
 * point would make credits sum to 0.9999… and move minor units between partners.
 */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  /** numerator / denominator, reduced; numbers must be safe integers. */
  static of(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
    const n = toBigInt(numerator, 'numerator');
    const d = toBigInt(denominator, 'denominator');
    if (d === 0n) throw new RangeError('a fraction cannot have a zero denominator');
    const divisor = gcd(n, d);
    const sign = d < 0n ? -1n : 1n;
    return new Rational((sign * n) / divisor, (sign * d) / divisor);
  }

  /**
   * Reads a decimal from configuration exactly: "0.4" is 2/5, not the double nearest 0.4.
   * A number is read through its shortest decimal string (String(0.4) is "0.4"), which is the
   * decimal a person typed into the plan, so 0.4 and "0.4" give the same 2/5.
   */
  static fromDecimal(value: string | number): Rational {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
      value = String(value);
    }
    const match = DECIMAL.exec(value);
    if (!match) throw new RangeError(`"${value}" is not a decimal number like "0.4"`);
    const [, sign = '', whole, fraction = '', exponentText = '0'] = match;
    const exponent = Number(exponentText) - fraction.length;
    // Bounded so a hostile "1e999999999" cannot allocate a huge bigint; doubles need at most ±400.
    if (Math.abs(exponent) > MAX_DECIMAL_EXPONENT) throw new RangeError(`"${value}" is out of range`);
    const digits = BigInt(sign + whole + fraction);
    return exponent >= 0
      ? Rational.of(digits * 10n ** BigInt(exponent))
      : Rational.of(digits, 10n ** BigInt(-exponent));
  }

  /** Reads the "numerator/denominator" (or integer) text that toString and toJSON write. */
  static parse(text: string): Rational {
    const match = FRACTION.exec(text);
    if (!match) throw new RangeError(`"${text}" is not a fraction like "15/29"`);
    return Rational.of(BigInt(match[1]), BigInt(match[2] ?? '1'));
  }

  static sum(values: readonly Rational[]): Rational {
    return values.reduce((total, value) => total.add(value), Rational.ZERO);
  }

  /** The least common denominator of the values: each value times it is an integer. */
  static commonDenominator(values: readonly Rational[]): bigint {
    return values.reduce((common, value) => (common / gcd(common, value.denominator)) * value.denominator, 1n);
  }

  add(other: Rational): Rational {
    return Rational.of(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  subtract(other: Rational): Rational {
    return this.add(new Rational(-other.numerator, other.denominator));
  }

  multiply(other: Rational): Rational {
    return Rational.of(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  divide(other: Rational): Rational {
    if (other.numerator === 0n) throw new RangeError('division by zero');
    return Rational.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than other. */
  compare(other: Rational): -1 | 0 | 1 {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  equals(other: Rational): boolean {
    return this.numerator === other.numerator && this.denominator === other.denominator;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  /** An approximation for display and for the API's numeric `credit`; never for further math. */
  toNumber(): number {
    // Number(bigint) overflows to Infinity past 2^1024: drop the same low bits from both first.
    const bits = Math.max(bitLength(this.numerator), bitLength(this.denominator));
    const shift = BigInt(Math.max(0, bits - 1000));
    return Number(this.numerator >> shift) / Number(this.denominator >> shift);
  }

  toString(): string {
    return this.denominator === 1n ? `${this.numerator}` : `${this.numerator}/${this.denominator}`;
  }

  /** JSON has no bigint: a credit serialises as its exact "n/d" text, which parse reads back. */
  toJSON(): string {
    return this.toString();
  }
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const FRACTION = /^(-?\d+)(?:\/(\d+))?$/;
const MAX_DECIMAL_EXPONENT = 1000;

function toBigInt(value: bigint | number, name: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} ${value} is not a safe integer`);
  return BigInt(value);
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function bitLength(value: bigint): number {
  return (value < 0n ? -value : value).toString(2).length;
}
