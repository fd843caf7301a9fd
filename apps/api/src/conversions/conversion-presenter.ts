import { allocateLargestRemainder, formatMoney, Rational } from '#domain';
import { type ConversionExplanation } from '#core/attribution/index.js';
import { type Conversion, type ConversionListRow, type ConversionReversal } from '#core/conversions/index.js';
import { type ConversionListItem, type ConversionResponse, type ReversalResponse } from './dto/conversion.dto.js';

/**
 * The conversion with the engine's explanation: every credited touch (partner, role at the time,
 * the model's weight, the role weight, the credit, the revenue it carries and its share of the
 * partner's commission) and every ledger entry with the rule, rate and tier behind it.
 */
export function presentConversion({
  conversion,
  touches,
  entries,
  flags,
  codeFlags,
  reversals,
  partnerNames,
}: ConversionExplanation): ConversionResponse {
  const nameOf = (partnerId: string | null): string | null => (partnerId && partnerNames.get(partnerId)) ?? null;
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
      partnerName: nameOf(flag.partnerId),
      evidence: flag.evidence,
      flaggedAt: flag.createdAt.toISOString(),
    })),
    occurredAt: conversion.occurredAt.toISOString(),
    clickId: conversion.clickId,
    newCustomer: conversion.newCustomer,
    reversedAmount: formatMoney(conversion.reversedMinor, conversion.currency),
    remainingAmount: money(conversion.amountMinor - conversion.reversedMinor),
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
      partnerName: nameOf(touch.partnerId),
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
      partnerName: nameOf(entry.partnerId),
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
    reversals: reversals.map((reversal) => ({
      id: reversal.id,
      amount: money(reversal.amountMinor),
      reason: reversal.reason,
      createdAt: reversal.createdAt.toISOString(),
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

/** A row of the manager's list: the conversion's own fields, its flags and the partners it credited. */
export function presentListItem({ conversion, flags, flagDetails, partners }: ConversionListRow): ConversionListItem {
  const money = (minor: number): string => formatMoney(minor, conversion.currency);
  return {
    id: conversion.id,
    transactionId: conversion.transactionId,
    amount: money(conversion.amountMinor),
    reversedAmount: money(conversion.reversedMinor),
    currency: conversion.currency,
    status: conversion.status,
    flags,
    flagDetails,
    partners: partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      role: partner.role,
      attributedRevenue: money(partner.attributedRevenueMinor),
    })),
    occurredAt: conversion.occurredAt.toISOString(),
    source: conversion.source,
    channel: conversion.channel,
    newCustomer: conversion.newCustomer,
    attributedAt: conversion.attributedAt?.toISOString() ?? null,
  };
}
