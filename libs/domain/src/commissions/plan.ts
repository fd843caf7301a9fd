import { resolveAttributionSettings, type AttributionSettings } from '../attribution/settings.js';
import { isFunnelRole, PARTNER_TYPES, type FunnelRole, type PartnerType } from '../partners/funnel.js';
import { PAYMENT_MODELS } from './kinds.js';

/*
 * A commission plan as API.md describes it, except that every amount is already an integer count
 * of the brand currency's minor units (the API layer parses "25.00" with parseMoney): this module
 * never sees a decimal string, so it cannot round one. Rates are basis points (1 bp = 0.01 %).
 */

/** A CPS rate step: from this much attributed revenue in the quarter, the rate is rateBps. */
export interface CpsTier {
  /** Minor units of the partner's quarter-to-date attributed revenue. */
  readonly fromRevenue: number;
  readonly rateBps: number;
}

export interface CpsTerms {
  /** The base rate, paid until the first tier is reached. */
  readonly rateBps: number;
  /** Ascending by fromRevenue. */
  readonly tiers?: readonly CpsTier[];
}

export interface FixedAmount {
  readonly amount: number;
}

export const FLAT_FEE_PERIODS = ['month', 'quarter'] as const;
export type FlatFeePeriod = (typeof FLAT_FEE_PERIODS)[number];

export interface FlatFeeTerms {
  readonly amount: number;
  readonly period: FlatFeePeriod;
}

/**
 * Who a rule applies to (the selectors, all optional: none makes a catch-all) and how it pays
 * (at least one payment model; several make a hybrid, such as CPS plus CPA).
 */
export interface CommissionRule {
  readonly role?: FunnelRole;
  readonly partnerType?: PartnerType;
  readonly partnerId?: string;
  readonly cps?: CpsTerms;
  /** Per attributed conversion, times the partner's credit. */
  readonly cpa?: FixedAmount;
  /** Per valid click. */
  readonly cpc?: FixedAmount;
  /** Per 1,000 impressions. */
  readonly cpm?: FixedAmount;
  readonly flatFee?: FlatFeeTerms;
}

export interface NewCustomerBonus {
  /** Of the conversion amount. */
  readonly rateBps?: number;
  readonly amount?: number;
}

/**
 * How a promo code on a conversion is credited: `touch` (default) makes it one more touch of its
 * partner at the conversion time, shared with the clicks by the attribution model; `exclusive`
 * gives the code's partner all the credit.
 */
export const CODE_POLICIES = ['touch', 'exclusive'] as const;
export type CodePolicy = (typeof CODE_POLICIES)[number];

export interface CommissionCaps {
  readonly perPartnerPerMonth: number;
}

export interface CommissionPlan {
  readonly effectiveFrom: Date;
  readonly lookbackDays: number;
  readonly lockDays: number;
  readonly attribution: AttributionSettings;
  readonly rules: readonly CommissionRule[];
  readonly newCustomerBonus?: NewCustomerBonus;
  readonly caps?: CommissionCaps;
  /** Defaults to `touch`. */
  readonly codePolicy?: CodePolicy;
}

/** 100 %: a commission or bonus rate above it would pay out more than the revenue it is on. */
export const MAX_RATE_BPS = 10_000;
/** A year either way: longer lookbacks or return windows are configuration mistakes, not plans. */
export const MAX_LOOKBACK_DAYS = 365;
export const MAX_LOCK_DAYS = 365;

/** A plan that cannot be used; `field` is the path of the bad setting, e.g. `rules[2].cps.rateBps`. */
export class PlanValidationError extends RangeError {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`);
    this.name = 'PlanValidationError';
  }
}

/**
 * Checks a whole plan, so that a bad one is refused when it is saved (the API turns the error into
 * a 400 naming `field`) rather than when a conversion arrives. Throws a PlanValidationError, a
 * RangeError whose message starts with the field path. Reads the plan as unknown: it may come from
 * JSON. Rules may be empty (the plan then pays no commission) and may include catch-alls.
 */
export function validatePlan(plan: unknown): asserts plan is CommissionPlan {
  if (!isObject(plan)) throw new PlanValidationError('plan', 'must be an object');
  const { effectiveFrom, lookbackDays, lockDays, attribution, rules, newCustomerBonus, caps, codePolicy } = plan;
  if (!(effectiveFrom instanceof Date) || Number.isNaN(effectiveFrom.getTime())) {
    throw new PlanValidationError('effectiveFrom', `must be a valid date; got ${show(effectiveFrom)}`);
  }
  checkInteger('lookbackDays', lookbackDays, 1, MAX_LOOKBACK_DAYS);
  checkInteger('lockDays', lockDays, 0, MAX_LOCK_DAYS);

  if (!isObject(attribution)) throw new PlanValidationError('attribution', 'must be an object');
  try {
    resolveAttributionSettings(attribution as unknown as AttributionSettings);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Its messages start with the setting's name ("firstShare must be …"): prefix the path.
    const space = error.message.indexOf(' ');
    throw new PlanValidationError(`attribution.${error.message.slice(0, space)}`, error.message.slice(space + 1));
  }

  if (!Array.isArray(rules)) throw new PlanValidationError('rules', 'must be an array');
  rules.forEach((rule: unknown, index) => checkRule(`rules[${index}]`, rule));

  if (newCustomerBonus !== undefined) {
    if (!isObject(newCustomerBonus)) throw new PlanValidationError('newCustomerBonus', 'must be an object');
    if (newCustomerBonus.rateBps === undefined && newCustomerBonus.amount === undefined) {
      throw new PlanValidationError('newCustomerBonus', 'must have a rateBps, an amount or both');
    }
    if (newCustomerBonus.rateBps !== undefined) checkRate('newCustomerBonus.rateBps', newCustomerBonus.rateBps);
    if (newCustomerBonus.amount !== undefined) checkAmount('newCustomerBonus.amount', newCustomerBonus.amount);
  }

  if (caps !== undefined) {
    if (!isObject(caps)) throw new PlanValidationError('caps', 'must be an object');
    // A cap of 0 would be "pay nothing": say so with a rule instead of a cap that hides everything.
    checkInteger('caps.perPartnerPerMonth', caps.perPartnerPerMonth, 1, Number.MAX_SAFE_INTEGER);
  }
  if (codePolicy !== undefined && !(CODE_POLICIES as readonly unknown[]).includes(codePolicy)) {
    throw new PlanValidationError('codePolicy', `must be one of ${CODE_POLICIES.join(', ')}; got ${show(codePolicy)}`);
  }
}

/**
 * The version of a plan in force at a time: the one whose effectiveFrom is the latest at or before
 * `at` (a plan effective exactly at a conversion's time applies to it). Undefined before the first
 * version. Two versions of one brand never share an effectiveFrom (a brand saves one version per
 * start time); should the two latest in force do so, the choice would be arbitrary, so this throws
 * rather than pick one.
 */
export function planInForce<P extends Pick<CommissionPlan, 'effectiveFrom'>>(
  plans: readonly P[],
  at: Date,
): P | undefined {
  const time = at.getTime();
  if (Number.isNaN(time)) throw new RangeError('at is not a valid date');
  let best: P | undefined;
  for (const plan of plans) {
    const from = plan.effectiveFrom.getTime();
    if (Number.isNaN(from)) throw new RangeError('a plan has no valid effectiveFrom');
    if (from > time) continue;
    if (best !== undefined && from === best.effectiveFrom.getTime()) {
      throw new RangeError(`two plan versions are effective from ${plan.effectiveFrom.toISOString()}`);
    }
    if (best === undefined || from > best.effectiveFrom.getTime()) best = plan;
  }
  return best;
}

/** The payment models a rule may have; the new-customer bonus is the plan's, not a rule's. */
const RULE_PAYMENT_MODELS = PAYMENT_MODELS.filter((model) => model !== 'newCustomerBonus');

function checkRule(path: string, rule: unknown): void {
  if (!isObject(rule)) throw new PlanValidationError(path, 'must be an object');
  if (rule.role !== undefined && !isFunnelRole(rule.role)) {
    throw new PlanValidationError(`${path}.role`, `must be a funnel role; got ${show(rule.role)}`);
  }
  if (rule.partnerType !== undefined && !(PARTNER_TYPES as readonly unknown[]).includes(rule.partnerType)) {
    throw new PlanValidationError(`${path}.partnerType`, `must be a partner type; got ${show(rule.partnerType)}`);
  }
  if (rule.partnerId !== undefined && (typeof rule.partnerId !== 'string' || rule.partnerId === '')) {
    throw new PlanValidationError(`${path}.partnerId`, `must be a non-empty string; got ${show(rule.partnerId)}`);
  }
  if (RULE_PAYMENT_MODELS.every((model) => rule[model] === undefined)) {
    throw new PlanValidationError(path, `must have a payment model (${RULE_PAYMENT_MODELS.join(', ')})`);
  }

  if (rule.cps !== undefined) {
    const cps = rule.cps;
    if (!isObject(cps)) throw new PlanValidationError(`${path}.cps`, 'must be an object');
    checkRate(`${path}.cps.rateBps`, cps.rateBps);
    if (cps.tiers !== undefined) {
      if (!Array.isArray(cps.tiers)) throw new PlanValidationError(`${path}.cps.tiers`, 'must be an array');
      cps.tiers.forEach((tier: unknown, index, tiers: unknown[]) => {
        const tierPath = `${path}.cps.tiers[${index}]`;
        if (!isObject(tier)) throw new PlanValidationError(tierPath, 'must be an object');
        // A tier from 0 would always apply and silently replace the base rate.
        checkInteger(`${tierPath}.fromRevenue`, tier.fromRevenue, 1, Number.MAX_SAFE_INTEGER);
        checkRate(`${tierPath}.rateBps`, tier.rateBps);
        const previous = index > 0 ? (tiers[index - 1] as { fromRevenue: number }) : undefined;
        if (previous !== undefined && (tier.fromRevenue as number) <= previous.fromRevenue) {
          throw new PlanValidationError(
            `${tierPath}.fromRevenue`,
            `must be greater than the tier before it (${previous.fromRevenue}); got ${show(tier.fromRevenue)}`,
          );
        }
      });
    }
  }
  for (const model of ['cpa', 'cpc', 'cpm'] as const) {
    const terms = rule[model];
    if (terms === undefined) continue;
    if (!isObject(terms)) throw new PlanValidationError(`${path}.${model}`, 'must be an object');
    checkAmount(`${path}.${model}.amount`, terms.amount);
  }
  if (rule.flatFee !== undefined) {
    const fee = rule.flatFee;
    if (!isObject(fee)) throw new PlanValidationError(`${path}.flatFee`, 'must be an object');
    checkAmount(`${path}.flatFee.amount`, fee.amount);
    if (!(FLAT_FEE_PERIODS as readonly unknown[]).includes(fee.period)) {
      throw new PlanValidationError(
        `${path}.flatFee.period`,
        `must be one of ${FLAT_FEE_PERIODS.join(', ')}; got ${show(fee.period)}`,
      );
    }
  }
}

function checkRate(path: string, value: unknown): void {
  checkInteger(path, value, 0, MAX_RATE_BPS);
}

/** Amounts may be 0: a rule paying 0 is how a specific partner is excluded from a broader rule. */
function checkAmount(path: string, value: unknown): void {
  checkInteger(path, value, 0, Number.MAX_SAFE_INTEGER);
}

function checkInteger(path: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new PlanValidationError(path, `must be an integer; got ${show(value)}`);
  }
  if (value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
    throw new PlanValidationError(path, `must be ${range}; got ${show(value)}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as it would appear in the plan body, for error messages (NaN stays "NaN"). */
function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : String(JSON.stringify(value));
}
