import { type PartnerCredit, type Touch, type TouchCredit, creditsByPartner } from '../attribution/index.js';
import { type FunnelRole, type PartnerType } from '../partners/funnel.js';
import { applyCap } from './caps.js';
import { type CommissionEntry, type ConversionPartner, commissionEntries } from './entries.js';
import { type CommissionPlan } from './plan.js';

/**
 * The commissions of one credited conversion under a plan: each partner's credit and revenue, its
 * entries by the plan's rules (matched on the partner's type and the role of its last touch), then
 * the monthly cap. `quarterBefore` and `earnedBefore` answer per partner: its attributed revenue in
 * the quarter and its earnings in the month before this conversion. Crediting and the plan preview
 * both use it.
 */
export function settleConversion(
  conversion: { amountMinor: number; newCustomer: boolean | null },
  credits: TouchCredit<Touch>[],
  revenue: number[],
  plan: CommissionPlan,
  types: ReadonlyMap<string, PartnerType>,
  quarterBefore: (partnerId: string) => number,
  earnedBefore: (partnerId: string) => number,
): { byPartner: PartnerCredit[]; entries: CommissionEntry[] } {
  const byPartner = creditsByPartner(credits, revenue);
  // A partner that touched under several roles is matched by its last touch's role.
  const lastRole = new Map(credits.map((credit) => [credit.touch.partnerId, credit.touch.role]));
  const partners: ConversionPartner[] = byPartner.map((partner) => ({
    ...partner,
    type: types.get(partner.partnerId) as PartnerType,
    role: lastRole.get(partner.partnerId) as FunnelRole,
    quarterRevenueBeforeMinor: quarterBefore(partner.partnerId),
  }));
  const entries = commissionEntries(
    { amountMinor: conversion.amountMinor, newCustomer: conversion.newCustomer === true },
    partners,
    plan,
  );
  return {
    byPartner,
    entries: byPartner.flatMap(({ partnerId }) =>
      applyCap(
        entries.filter((entry) => entry.partnerId === partnerId),
        earnedBefore(partnerId),
        plan.caps?.perPartnerPerMonth,
      ),
    ),
  };
}
