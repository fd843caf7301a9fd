import { allocateLargestRemainder } from '../money/money.js';
import type { TouchCredit } from './models.js';
import { Rational } from './rational.js';

/**
 * Splits a conversion's amount (minor units) among its touches by their credits, so that the
 * parts sum exactly to the amount: the credits are put over their least common denominator and
 * the integer numerators go to the largest-remainder split. Each part is within one minor unit of
 * amount × credit. A negative amount (a reversal) mirrors the positive split. An unattributed
 * conversion (no credits) attributes no revenue: the result is empty.
 */
export function allocateRevenue(amountMinor: number, credits: readonly Pick<TouchCredit, 'credit'>[]): number[] {
  if (credits.length === 0) return [];
  const values = credits.map(({ credit }) => credit);
  if (values.some((credit) => credit.compare(Rational.ZERO) < 0)) throw new RangeError('a credit is negative');
  const total = Rational.sum(values);
  // A subset of a conversion's credits would silently scale the parts up: refuse it.
  if (!total.equals(Rational.ONE)) throw new RangeError(`credits sum to ${total}, not 1`);
  const denominator = Rational.commonDenominator(values);
  return allocateLargestRemainder(
    amountMinor,
    values.map((credit) => credit.numerator * (denominator / credit.denominator)),
  );
}

/** A partner's total share of one conversion. */
export interface PartnerCredit {
  readonly partnerId: string;
  readonly credit: Rational;
  readonly revenueMinor: number;
}

/**
 * Sums the credit and the allocated revenue of each partner's touches (a partner clicked twice is
 * credited once with both). Partners come in the order of their first touch in the journey.
 */
export function creditsByPartner(
  credits: readonly Pick<TouchCredit, 'touch' | 'credit'>[],
  revenueMinor: readonly number[],
): PartnerCredit[] {
  if (credits.length !== revenueMinor.length) {
    throw new RangeError(`${credits.length} credits but ${revenueMinor.length} revenue parts`);
  }
  const byPartner = new Map<string, { credit: Rational; revenueMinor: number }>();
  credits.forEach(({ touch, credit }, index) => {
    const sum = byPartner.get(touch.partnerId) ?? { credit: Rational.ZERO, revenueMinor: 0 };
    byPartner.set(touch.partnerId, {
      credit: sum.credit.add(credit),
      revenueMinor: sum.revenueMinor + revenueMinor[index],
    });
  });
  return [...byPartner].map(([partnerId, sum]) => ({ partnerId, ...sum }));
}
