import { Rational } from '../attribution/rational.js';
import { allocateLargestRemainder } from '../money/money.js';
import type { CpsTerms, FlatFeeTerms } from './plan.js';

const BPS_PER_UNIT = 10_000n;

/**
 * Rounds an exact amount to whole minor units, half up: 10.585 → 10.59, 10.584 → 10.58. Negative
 * amounts round half away from zero (−10.585 → −10.59) so a negated amount rounds to the negated
 * result. This is the one rounding of the commissions module: each money figure is computed
 * exactly as a fraction and rounded once.
 */
export function roundHalfUp(value: Rational): number {
  const { numerator, denominator } = value;
  const magnitude = ((numerator < 0n ? -numerator : numerator) * 2n + denominator) / (2n * denominator);
  const minor = Number(numerator < 0n ? -magnitude : magnitude);
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${value} is too large an amount of minor units`);
  return minor || 0; // never −0
}

/** amountMinor × rateBps / 10,000, exact, rounded half up: 5 % (500 bp) of 10.01 is 0.5005 → 0.50. */
export function applyRateBps(amountMinor: number, rateBps: number): number {
  checkInteger('amountMinor', amountMinor);
  checkInteger('rateBps', rateBps);
  return roundHalfUp(Rational.of(BigInt(amountMinor) * BigInt(rateBps), BPS_PER_UNIT));
}

/** The CPS rate of one conversion and the tier it comes from (null for the base rate). */
export interface CpsRate {
  readonly rateBps: number;
  readonly tierIndex: number | null;
}

/**
 * The CPS rate for a conversion attributing `revenueMinor` to a partner that had attributed
 * `quarterRevenueBeforeMinor` earlier in the calendar quarter. A tier applies from the conversion
 * that crosses it: the rate is that of the highest tier whose fromRevenue is at most the quarter's
 * revenue including this conversion, else the base rate. The whole conversion is paid at that rate,
 * never split across the step: a statement line then has one rate to show.
 */
export function cpsRate(cps: CpsTerms, quarterRevenueBeforeMinor: number, revenueMinor: number): CpsRate {
  checkInteger('quarterRevenueBeforeMinor', quarterRevenueBeforeMinor);
  checkInteger('revenueMinor', revenueMinor);
  const reached = quarterRevenueBeforeMinor + revenueMinor;
  let rate: CpsRate = { rateBps: cps.rateBps, tierIndex: null };
  // Tiers are ascending (validatePlan), so the last one reached is the highest.
  (cps.tiers ?? []).forEach((tier, tierIndex) => {
    if (tier.fromRevenue <= reached) rate = { rateBps: tier.rateBps, tierIndex };
  });
  return rate;
}

/** A fixed amount per conversion times the partner's credit, exact, rounded half up: 25.00 × 6/29 → 5.17. */
export function cpaAmount(amountMinor: number, credit: Rational): number {
  checkInteger('amountMinor', amountMinor);
  return roundHalfUp(credit.multiply(Rational.of(amountMinor)));
}

/** What `validClicks` valid clicks earn at `amountMinor` each. */
export function cpcAccrual(validClicks: number, amountMinor: number): number {
  checkCount('validClicks', validClicks);
  checkInteger('amountMinor', amountMinor);
  const minor = validClicks * amountMinor;
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${validClicks} clicks × ${amountMinor} is too large`);
  return minor;
}

/**
 * What `impressions` earn at `amountPerThousandMinor` per 1,000: impressions × amount / 1,000,
 * rounded half up. Rounding each day's count on its own would drift by up to half a minor unit a
 * day, so a period accrued day by day passes the impressions counted earlier in the same period as
 * `impressionsBefore`: the day then gets round(all so far) − round(before), and the days of a period
 * add up to exactly the rounded amount of the period's total impressions.
 */
export function cpmAccrual(impressions: number, amountPerThousandMinor: number, impressionsBefore = 0): number {
  checkCount('impressions', impressions);
  checkCount('impressionsBefore', impressionsBefore);
  checkInteger('amountPerThousandMinor', amountPerThousandMinor);
  const earned = (count: number) => roundHalfUp(Rational.of(BigInt(count) * BigInt(amountPerThousandMinor), 1000n));
  return earned(impressionsBefore + impressions) - earned(impressionsBefore);
}

/**
 * The part of a flat fee that accrues in a calendar month (1–12): all of a monthly fee; a third of
 * a quarterly fee, split by largest remainder so that the quarter's three months add up to exactly
 * the fee (the extra minor units go to the quarter's first months: 1,000.00 → 333.34, 333.33,
 * 333.33). Statements are monthly, so a quarterly fee is spread rather than landing in one month.
 * Whole periods only: prorating a partner who joins mid-period is the caller's decision.
 */
export function flatFeeAccrual(fee: FlatFeeTerms, month: number): number {
  if (!Number.isSafeInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month} is not 1–12`);
  checkInteger('amount', fee.amount);
  if (fee.period === 'month') return fee.amount;
  if (fee.period !== 'quarter') throw new RangeError(`flat fee period ${String(fee.period)} is not month or quarter`);
  return allocateLargestRemainder(fee.amount, [1, 1, 1])[(month - 1) % 3];
}

function checkInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} ${value} is not an integer`);
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} ${value} is not a count`);
}
