import { Rational } from '../attribution/rational.js';
import { allocateRevenue, type PartnerCredit } from '../attribution/revenue.js';
import { validatePlan, type CommissionPlan, type NewCustomerBonus } from './plan.js';
import { applyRateBps, cpaAmount, cpsRate } from './rates.js';
import { type ConversionEntryKind, type EarningKind } from './kinds.js';
import { ruleFor, type RulePartner } from './rules.js';

/** One line of a partner's commission on one conversion, in minor units of the brand currency. */
export interface CommissionEntry {
  readonly partnerId: string;
  readonly kind: ConversionEntryKind;
  /** 0 for `capped`; negative for a clawback (see reversalEntries). */
  readonly amountMinor: number;
  /** The plan rule that matched the partner. */
  readonly ruleIndex: number;
  /** cps: the rate applied; new_customer_bonus: the plan's bonus rate, when it has one. */
  readonly rateBps?: number;
  /** cps: the tier the rate comes from, null for the base rate. */
  readonly tierIndex?: number | null;
  /** capped: the kind of the entry the cap cut. */
  readonly cappedKind?: EarningKind;
  /** capped: the excess over the cap, not paid. */
  readonly cappedMinor?: number;
}

/** What commissions need to know about a conversion beyond its partners. */
export interface CommissionConversion {
  readonly amountMinor: number;
  readonly newCustomer: boolean;
}

/**
 * A partner of one conversion: its credit and attributed revenue (creditsByPartner), its type and
 * role for rule matching (see RulePartner.role for a partner that touched under several roles), and
 * the revenue attributed to it earlier in the calendar quarter, for CPS tiers.
 */
export interface ConversionPartner extends PartnerCredit, RulePartner {
  readonly quarterRevenueBeforeMinor: number;
}

/** Plans already validated: the engine settles thousands of conversions under the same plan object. */
const validPlans = new WeakSet<CommissionPlan>();

function validatedOnce(plan: CommissionPlan): void {
  if (validPlans.has(plan)) return;
  validatePlan(plan);
  validPlans.add(plan);
}

/**
 * The commission entries of one conversion under a plan, partner by partner in the given order,
 * and for each partner cps, cpa, then new_customer_bonus (a hybrid rule gives both cps and cpa).
 *
 * - CPS is the partner's attributed revenue × the rate (see cpsRate for tiers), rounded half up.
 * - CPA is the rule's amount × the partner's credit, rounded half up.
 * - The new-customer bonus is computed once for the conversion (newCustomerBonusAmount) and split
 *   among all its partners by credit, largest remainder, like revenue, so the shares sum to exactly
 *   the bonus. Any partner with a rule gets its share, whatever the rule pays by.
 * - A partner matching no rule gets no entry, and its bonus share is not paid to the others: what a
 *   partner earns never depends on whether the other partners of the journey are in the plan.
 * - Each entry is rounded once, on its own; an entry that comes to 0 (a zero credit, a 0 % rule)
 *   is left out, since the ledger records money.
 *
 * Caps are applied afterwards, per partner, with applyCap. No partners (an unattributed
 * conversion) means no entries. Throws a RangeError for an invalid plan or inconsistent inputs:
 * credits must sum to exactly 1 and attributed revenue to exactly the conversion amount.
 */
export function commissionEntries(
  conversion: CommissionConversion,
  partners: readonly ConversionPartner[],
  plan: CommissionPlan,
): CommissionEntry[] {
  validatedOnce(plan);
  checkConversion(conversion, partners);
  if (partners.length === 0) return [];

  const bonus = conversion.newCustomer ? newCustomerBonusAmount(conversion.amountMinor, plan.newCustomerBonus) : 0;
  const bonusShares = bonus > 0 ? allocateRevenue(bonus, partners) : partners.map(() => 0);

  const entries: CommissionEntry[] = [];
  partners.forEach((partner, index) => {
    const matched = ruleFor(plan.rules, partner);
    if (matched === undefined) return;
    const { rule, ruleIndex } = matched;
    const { partnerId } = partner;
    if (rule.cps !== undefined) {
      const { rateBps, tierIndex } = cpsRate(rule.cps, partner.quarterRevenueBeforeMinor, partner.revenueMinor);
      const amountMinor = applyRateBps(partner.revenueMinor, rateBps);
      if (amountMinor > 0) entries.push({ partnerId, kind: 'cps', amountMinor, ruleIndex, rateBps, tierIndex });
    }
    if (rule.cpa !== undefined) {
      const amountMinor = cpaAmount(rule.cpa.amount, partner.credit);
      if (amountMinor > 0) entries.push({ partnerId, kind: 'cpa', amountMinor, ruleIndex });
    }
    if (bonusShares[index] > 0) {
      const rateBps = plan.newCustomerBonus?.rateBps;
      entries.push({
        partnerId,
        kind: 'new_customer_bonus',
        amountMinor: bonusShares[index],
        ruleIndex,
        ...(rateBps === undefined ? {} : { rateBps }),
      });
    }
  });
  return entries;
}

/**
 * A new customer's bonus for the whole conversion: rateBps of its amount (rounded half up) plus
 * the fixed amount; 0 when the plan has no bonus.
 */
export function newCustomerBonusAmount(amountMinor: number, bonus: NewCustomerBonus | undefined): number {
  if (bonus === undefined) return 0;
  const total = applyRateBps(amountMinor, bonus.rateBps ?? 0) + (bonus.amount ?? 0);
  if (!Number.isSafeInteger(total)) throw new RangeError(`bonus ${total} is not a safe integer`);
  return total;
}

function checkConversion(conversion: CommissionConversion, partners: readonly ConversionPartner[]): void {
  const { amountMinor } = conversion;
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new RangeError(`conversion amount ${amountMinor} is not a non-negative integer`);
  }
  if (partners.length === 0) return;
  const ids = new Set(partners.map(({ partnerId }) => partnerId));
  if (ids.size !== partners.length) throw new RangeError('a partner is listed twice; sum it with creditsByPartner');
  for (const { partnerId, credit, revenueMinor } of partners) {
    if (credit.compare(Rational.ZERO) < 0) throw new RangeError(`partner ${partnerId} has a negative credit`);
    if (!Number.isSafeInteger(revenueMinor) || revenueMinor < 0) {
      throw new RangeError(`partner ${partnerId} has attributed revenue ${revenueMinor}`);
    }
  }
  // A subset of a conversion's partners would silently scale bonuses up: refuse it.
  const credit = Rational.sum(partners.map(({ credit }) => credit));
  if (!credit.equals(Rational.ONE)) throw new RangeError(`credits sum to ${credit}, not 1`);
  const revenue = partners.reduce((sum, { revenueMinor }) => sum + revenueMinor, 0);
  if (revenue !== amountMinor) {
    throw new RangeError(`attributed revenue sums to ${revenue}, not the conversion amount ${amountMinor}`);
  }
}
