import { creditsByPartner, type Touch, type TouchCredit } from '#domain';
import { type Conversion } from '../conversions/conversion.entity.js';
import { type OutboxFact } from './events.js';

/**
 * The `conversion.credited` facts of conversions the engine just credited: per partner its credit,
 * revenue and last click (the entries are read by the relay: the same transaction writes them).
 */
export function creditedFacts(
  credited: readonly { conversion: Conversion; credits: TouchCredit<Touch>[]; revenue: number[] }[],
): OutboxFact[] {
  return credited.map(({ conversion, credits, revenue }) => {
    // Credits follow the journey's order: a partner's last one is its last click.
    const lastClick = new Map(credits.map((credit) => [credit.touch.partnerId, credit.touch.clickId]));
    return {
      brandId: conversion.brandId,
      type: 'conversion.credited',
      data: {
        conversionId: conversion.id,
        status: conversion.status,
        partners: creditsByPartner(credits, revenue).map((partner) => ({
          partnerId: partner.partnerId,
          clickId: lastClick.get(partner.partnerId) as string,
          credit: partner.credit.toString(),
          attributedRevenueMinor: partner.revenueMinor,
        })),
      },
    };
  });
}

/** Entries one approval fact names at most (the relay reads them in one query per batch). */
const APPROVED_PER_FACT = 500;

export interface ApprovedRow {
  id: string;
  brand_id: string;
  partner_id: string;
  conversion_id: string | null;
}

/**
 * The `commission.approved` facts of entries just approved: per brand, in chunks that keep a
 * partner's entries of one conversion together where they can (one event each).
 */
export function approvedFacts(approved: readonly ApprovedRow[]): OutboxFact[] {
  const byBrand = new Map<string, ApprovedRow[]>();
  for (const row of approved) {
    const rows = byBrand.get(row.brand_id) ?? [];
    rows.push(row);
    byBrand.set(row.brand_id, rows);
  }
  return [...byBrand].flatMap(([brandId, rows]) => {
    const ids = rows
      .map((row) => ({ id: row.id, key: `${row.partner_id}|${row.conversion_id ?? ''}` }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((row) => row.id);
    return Array.from({ length: Math.ceil(ids.length / APPROVED_PER_FACT) }, (_, chunk) => ({
      brandId,
      type: 'commission.approved' as const,
      data: { entryIds: ids.slice(chunk * APPROVED_PER_FACT, (chunk + 1) * APPROVED_PER_FACT) },
    }));
  });
}
