import { DAY_MS } from '../calendar/durations.js';
import { Rational } from '../attribution/rational.js';
import { formatMoney } from '../money/money.js';
import { FUNNEL_ROLES, type FunnelRole } from '../partners/funnel.js';

/** The brand's target share of attributed revenue per funnel role; the four sum to exactly 1. */
export type MixTarget = Readonly<Record<FunnelRole, number>>;

/** Shares are kept to this many decimals (0.3333 is 33.33 %). */
export const MIX_TARGET_DECIMALS = 4;

export class MixTargetError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Checks a target mix: a share for each of the four roles, each between 0 and 1 with at most four
 * decimals, summing to exactly 1 (compared as exact decimals, so 0.1 + 0.2 + 0.3 + 0.4 is 1).
 */
export function parseMixTarget(input: Readonly<Record<string, unknown>>): MixTarget {
  const shares = {} as Record<FunnelRole, number>;
  let sum = Rational.ZERO;
  for (const role of FUNNEL_ROLES) {
    const value = input[role];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new MixTargetError(role, `${role} must be a share between 0 and 1, such as 0.25`);
    }
    const share = Rational.fromDecimal(value);
    if (share.compare(Rational.ZERO) < 0 || share.compare(Rational.ONE) > 0) {
      throw new MixTargetError(role, `${role} must be between 0 and 1; got ${value}`);
    }
    if (share.multiply(Rational.of(10 ** MIX_TARGET_DECIMALS)).denominator !== 1n) {
      throw new MixTargetError(role, `${role} may have at most ${MIX_TARGET_DECIMALS} decimals; got ${value}`);
    }
    shares[role] = value;
    sum = sum.add(share);
  }
  if (!sum.equals(Rational.ONE)) {
    throw new MixTargetError('target', `the four shares must sum to 1; they sum to ${sum.toNumber()}`);
  }
  return shares;
}

/** The local dates (YYYY-MM-DD) a quarter key covers: first day and the day after the last. */
export function quarterDays(key: string): { first: string; next: string } {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!match) throw new RangeError(`"${key}" is not a quarter such as 2026-Q4`);
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  const month = (quarter - 1) * 3 + 1;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    first: `${match[1]}-${pad(month)}-01`,
    next: quarter === 4 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${match[1]}-${pad(month + 3)}-01`,
  };
}

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * The part of a spend that falls in [from, next) (local dates), by days: a spend entered for
 * periodStart..periodEnd (both included) is spread evenly over its days, rounded half up to the
 * minor unit. A spend wholly inside the range counts in full.
 */
export function prorateSpend(
  amountMinor: number,
  periodStart: string,
  periodEnd: string,
  from: string,
  next: string,
): number {
  const start = dayNumber(periodStart);
  const end = dayNumber(periodEnd) + 1;
  if (!(end > start)) throw new RangeError(`periodEnd ${periodEnd} is before periodStart ${periodStart}`);
  const overlap = Math.max(0, Math.min(end, dayNumber(next)) - Math.max(start, dayNumber(from)));
  if (overlap === end - start) return amountMinor;
  const numerator = BigInt(amountMinor) * BigInt(overlap) * 2n + BigInt(end - start);
  return Number(numerator / (BigInt(end - start) * 2n));
}

/** a / b, or null when b is 0 (no cost per customer without customers). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Relative change in percent from `previous` to `current`, one decimal; null without a previous figure. */
export function changePercent(previous: number, current: number): number | null {
  return previous === 0 ? null : round((100 * (current - previous)) / Math.abs(previous), 1);
}

/** Rounds to `decimals` places, halves away from zero (2.5 → 3, −2.5 → −3). */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // The epsilon keeps 1.005 × 100 = 100.49999… on the half it was meant to be.
  const rounded = Math.floor(scaled + 0.5 + 1e-9) / factor;
  return value < 0 ? -rounded : rounded;
}

/** How far last click's revenue is from the settlement model's before a partner is flagged. */
export const LAST_CLICK_FLAG_RATIO = 1.2;
/** How far before the report recommends acting on it. */
export const LAST_CLICK_REVIEW_RATIO = 1.5;
/** Roles this many points off their target are named. */
export const MIX_GAP_POINTS = 5;
/** Partners below this share of attributed revenue (under both models) are too small to name. */
export const MIN_PARTNER_SHARE = 0.02;

export type LastClickVerdict = 'over_valued' | 'under_valued' | 'in_line';

/**
 * Whether last click credits a partner (or role) with more or less revenue than the settlement
 * model: over-valued when last click gives ≥ 1.2× the settlement revenue, under-valued when
 * ≤ 1/1.2 of it (or nothing at all while settlement credits something).
 */
export function lastClickVerdict(lastClickMinor: number, settlementMinor: number): LastClickVerdict {
  if (lastClickMinor >= settlementMinor * LAST_CLICK_FLAG_RATIO && lastClickMinor > settlementMinor) {
    return 'over_valued';
  }
  if (lastClickMinor * LAST_CLICK_FLAG_RATIO <= settlementMinor && settlementMinor > lastClickMinor) {
    return 'under_valued';
  }
  return 'in_line';
}

export interface RoleMixFigures {
  readonly role: FunnelRole;
  /** Share of attributed revenue (settlement model), 0..1. */
  readonly share: number;
  readonly target: number | null;
  /** Commission cost per credit-weighted new customer, minor units; null without new customers. */
  readonly cacMinor: number | null;
}

export interface PartnerModelFigures {
  readonly name: string;
  readonly lastClickMinor: number;
  readonly settlementMinor: number;
}

export interface RecommendationInput {
  readonly currency: string;
  /** Cost per new customer over all partners (minor units), null without new customers. */
  readonly averageCacMinor: number | null;
  readonly roles: readonly RoleMixFigures[];
  readonly partners: readonly PartnerModelFigures[];
  /** Settlement-model attributed revenue of all partners. */
  readonly totalAttributedMinor: number;
}

/**
 * Short sentences derived from the figures, each naming the figures it rests on:
 * - a role at least MIX_GAP_POINTS under target whose CAC is below the average: raise its rate or recruit;
 * - a role at least MIX_GAP_POINTS over target whose CAC is above the average: review its rates;
 * - a partner whose last-click revenue is ≥ 1.5× its multi-touch credit: review its rate;
 * - a partner whose multi-touch credit is ≥ 1.5× its last-click revenue: under-valued by last click.
 * Partners with less than MIN_PARTNER_SHARE of attributed revenue under both models are left out.
 */
export function recommendations(input: RecommendationInput): string[] {
  const money = (minor: number): string => `${formatMoney(Math.round(minor), input.currency)} ${input.currency}`;
  const percent = (share: number): string => `${round(share * 100, 1).toFixed(1)} %`;
  const label = (role: string): string => role[0].toUpperCase() + role.slice(1);
  const sentences: string[] = [];
  const average = input.averageCacMinor;
  for (const role of input.roles) {
    if (role.target === null || role.cacMinor === null || average === null) continue;
    const gap = round((role.share - role.target) * 100, 1);
    const facts = `${label(role.role)} earns ${percent(role.share)} of attributed revenue against a ${percent(role.target)} target (${Math.abs(gap).toFixed(1)} points ${gap < 0 ? 'under' : 'over'}), at a CAC of ${money(role.cacMinor)} against ${money(average)} on average`;
    if (gap <= -MIX_GAP_POINTS && role.cacMinor < average) {
      sentences.push(`${facts}: raise its rate or recruit more ${role.role} partners.`);
    } else if (gap >= MIX_GAP_POINTS && role.cacMinor > average) {
      sentences.push(`${facts}: review its rates before it grows further.`);
    }
  }
  const floor = input.totalAttributedMinor * MIN_PARTNER_SHARE;
  for (const partner of input.partners) {
    const { lastClickMinor: last, settlementMinor: settled } = partner;
    if (Math.max(last, settled) < floor || Math.max(last, settled) === 0) continue;
    if (last >= settled * LAST_CLICK_REVIEW_RATIO) {
      sentences.push(
        `${partner.name} gets ${money(last)} of revenue by last click but ${money(settled)} by multi-touch credit` +
          `${settled > 0 ? ` (${round(last / settled, 1).toFixed(1)}×)` : ''}: review its rate, last click over-values it.`,
      );
    } else if (settled >= last * LAST_CLICK_REVIEW_RATIO) {
      sentences.push(
        `${partner.name} gets ${money(settled)} of revenue by multi-touch credit but only ${money(last)} by last click` +
          `${last > 0 ? ` (${round(settled / last, 1).toFixed(1)}×)` : ''}: last click under-values it; pay it on multi-touch credit.`,
      );
    }
  }
  return sentences;
}
