import type { Conversion } from '../conversions/index.js';
import { type OutboxFact } from '../platform/index.js';

/** The `conversion.credited` facts of conversions the engine just credited. */
export function creditedFacts(credited: readonly { conversion: Conversion }[]): OutboxFact[] {
  return credited.map(({ conversion }) => ({
    brandId: conversion.brandId,
    type: 'conversion.credited',
    data: { conversionId: conversion.id, status: conversion.status },
  }));
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
