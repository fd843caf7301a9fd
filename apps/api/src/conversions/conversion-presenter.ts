import { allocateLargestRemainder, formatMoney, Rational } from '#domain';
import { type CommissionEntryRow, type ConversionTouch } from '#core/ledger/index.js';
import { type Conversion, type ConversionReversal } from '#core/conversions/index.js';
import { type QualityFlagRow } from '#core/quality/index.js';
import { type ConversionResponse, type ReversalResponse } from './dto/conversion.dto.js';

/**
 * The conversion with the engine's explanation: every credited touch (partner, role at the time,
 * the model's weight, the role weight, the credit, the revenue it carries and its share of the
 * partner's commission) and every ledger entry with the rule, rate and tier behind it.
 */
export function presentConversion(
  conversion: Conversion,
  touches: ConversionTouch[] = [],
  entries: CommissionEntryRow[] = [],
  flags: QualityFlagRow[] = [],
  codeFlags: string[] = [],
): ConversionResponse {
  const money = (minor: number): string => formatMoney(minor, conversion.currency);
  // A partner's commission (its entries, clawbacks included) shared over its touches by revenue.
  const commissionOfTouch = new Map<string, number>();
  for (const partnerId of new Set(touches.map((touch) => touch.partnerId))) {
    const own = touches.filter((touch) => touch.partnerId === partnerId);
    const total = entries.filter((entry) => entry.partnerId === partnerId).reduce((sum, e) => sum + e.amountMinor, 0);
    const weights = own.map((touch) => BigInt(touch.attributedRevenueMinor));
    const parts = weights.some((weight) => weight > 0n)
      ? allocateLargestRemainder(total, weights)
      : own.map((_, i) => (i === 0 ? total : 0));
    own.forEach((touch, index) => commissionOfTouch.set(touch.clickId, parts[index]));
  }
  return {
    id: conversion.id,
    transactionId: conversion.transactionId,
    amount: formatMoney(conversion.amountMinor, conversion.currency),
    currency: conversion.currency,
    status: conversion.status,
    statusReason: conversion.statusReason,
    statusNote: conversion.statusNote,
    flags: [...new Set([...flags.map((flag) => flag.code), ...codeFlags])],
    flagDetails: flags.map((flag) => ({
      code: flag.code,
      partnerId: flag.partnerId,
      evidence: flag.evidence,
      flaggedAt: flag.createdAt.toISOString(),
    })),
    occurredAt: conversion.occurredAt.toISOString(),
    clickId: conversion.clickId,
    newCustomer: conversion.newCustomer,
    reversedAmount: formatMoney(conversion.reversedMinor, conversion.currency),
    adv: conversion.adv,
    journeySource: conversion.journeySource,
    couponCode: conversion.couponCode,
    channel: conversion.channel,
    agent: conversion.agent,
    attributedAt: conversion.attributedAt?.toISOString() ?? null,
    attribution: touches.map((touch) => ({
      clickId: touch.promoCodeId ? null : touch.clickId,
      ...(touch.promoCodeId && { promoCodeId: touch.promoCodeId }),
      partnerId: touch.partnerId,
      role: touch.role,
      occurredAt: touch.occurredAt.toISOString(),
      credit: Rational.parse(touch.credit).toNumber(),
      creditExact: touch.credit,
      baseWeight: touch.baseWeight,
      roleWeight: touch.roleWeight,
      attributedRevenue: money(touch.attributedRevenueMinor),
      commission: money(commissionOfTouch.get(touch.clickId) ?? 0),
    })),
    commissions: entries.map((entry) => ({
      partnerId: entry.partnerId,
      kind: entry.kind,
      amount: money(entry.amountMinor),
      status: entry.status,
      rule: entry.ruleIndex,
      rateBps: entry.rateBps,
      tier: entry.tierIndex,
      ...(entry.kind === 'capped' && { cappedAmount: money(entry.cappedMinor) }),
      ...(entry.reversalId && { reversalId: entry.reversalId }),
      approvableAt: entry.approvableAt.toISOString(),
    })),
    createdAt: conversion.createdAt.toISOString(),
  };
}

export function presentReversal(reversal: ConversionReversal, conversion: Conversion): ReversalResponse {
  const money = (minor: number): string => formatMoney(minor, conversion.currency);
  return {
    id: reversal.id,
    transactionId: conversion.transactionId,
    amount: money(reversal.amountMinor),
    currency: conversion.currency,
    reason: reversal.reason,
    reversedAmount: money(conversion.reversedMinor),
    remainingAmount: money(conversion.amountMinor - conversion.reversedMinor),
    status: conversion.status,
  };
}
