import type { FunnelRole, PartnerType } from '../partners/funnel.js';
import type { CommissionRule } from './plan.js';

/** What a rule can select a partner by. */
export interface RulePartner {
  readonly partnerId: string;
  readonly type: PartnerType;
  /**
   * The role of the partner's touch at click time, not its role today. A partner that touched one
   * journey under several roles is matched by the role of its last touch there: the role it held
   * closest to the sale.
   */
  readonly role: FunnelRole;
}

/** The rule that applies to a partner and where it sits in the plan, for the ledger to cite. */
export interface MatchedRule {
  readonly rule: CommissionRule;
  readonly ruleIndex: number;
}

/**
 * The most specific rule of the plan that matches the partner, or undefined if none does (the
 * partner then earns nothing under this plan). A rule matches when every selector it gives
 * matches; a rule with no selector is a catch-all that matches everyone. A rule is as specific as
 * its most specific selector: partnerId > partnerType > role > catch-all. Among equally specific
 * matches the first in the plan wins, so a brand orders its rules to settle overlaps — in
 * particular {partnerType, role} is not more specific than {partnerType} alone.
 */
export function ruleFor(rules: readonly CommissionRule[], partner: RulePartner): MatchedRule | undefined {
  let best: (MatchedRule & { specificity: number }) | undefined;
  rules.forEach((rule, ruleIndex) => {
    if (!matches(rule, partner)) return;
    const specificity = specificityOf(rule);
    // Strictly greater: an equally specific later rule never displaces an earlier one.
    if (best === undefined || specificity > best.specificity) best = { rule, ruleIndex, specificity };
  });
  return best && { rule: best.rule, ruleIndex: best.ruleIndex };
}

function matches(rule: CommissionRule, partner: RulePartner): boolean {
  return (
    (rule.partnerId === undefined || rule.partnerId === partner.partnerId) &&
    (rule.partnerType === undefined || rule.partnerType === partner.type) &&
    (rule.role === undefined || rule.role === partner.role)
  );
}

function specificityOf(rule: CommissionRule): number {
  if (rule.partnerId !== undefined) return 3;
  if (rule.partnerType !== undefined) return 2;
  if (rule.role !== undefined) return 1;
  return 0;
}
