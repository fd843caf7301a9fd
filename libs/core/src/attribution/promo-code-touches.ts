import { createHash } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import {
  type CodeUse,
  codeValidAt,
  CODE_LEAK_RULE,
  type FunnelRole,
  leakedCodeUses,
  type PartnerStatus,
  type Touch,
} from '#domain';
import { type Conversion } from '../conversions/index.js';
import { bulkInsert } from '../platform/index.js';
import { type CodeFlag, ConversionCodeFlag } from '../promo-codes/index.js';
import { ATTRIBUTION_SQL } from './attribution.queries.js';

/** A promo code as the engine needs it: who it credits (the partner's role today) and when it is valid. */
export interface CodeForCredit {
  id: string;
  brandId: string;
  partnerId: string;
  role: FunnelRole;
  creditable: boolean;
  validFrom: Date | null;
  validTo: Date | null;
  exclusiveToAudience: boolean;
}

/** A code flag the engine found while building a journey. */
export interface FoundCodeFlag {
  conversionId: string;
  brandId: string;
  promoCodeId: string;
  flag: CodeFlag;
}

/**
 * The touch id of a promo code on a conversion: a UUID (version 8, "custom") hashed from both ids.
 * conversion_touches is keyed (conversion, click id); a deterministic id keeps that key, makes a
 * retried job write the same touch, and cannot meet a click's UUIDv7.
 */
export function codeTouchId(conversionId: string, promoCodeId: string): string {
  const bytes = createHash('sha256').update(`promo-code-touch:${conversionId}:${promoCodeId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The promo codes the conversions of a batch used, in one query, by `brandId|codeKey`; codes of
 * a suspended partner are not creditable, like its clicks.
 */
export async function codesOfBatch(
  manager: EntityManager,
  conversions: readonly Conversion[],
): Promise<Map<string, CodeForCredit>> {
  const used = conversions.filter((conversion) => conversion.couponCode !== null);
  if (used.length === 0) return new Map();
  const rows: {
    id: string;
    brand_id: string;
    partner_id: string;
    code_key: string;
    valid_from: Date | null;
    valid_to: Date | null;
    exclusive_to_audience: boolean;
    role: FunnelRole;
    status: PartnerStatus;
  }[] = await manager.query(ATTRIBUTION_SQL.promoCodesByKey, [
    [...new Set(used.map((c) => c.brandId))],
    [...new Set(used.map((c) => c.couponCode))],
  ]);
  return new Map(
    rows.map((row) => [
      `${row.brand_id}|${row.code_key}`,
      {
        id: row.id,
        brandId: row.brand_id,
        partnerId: row.partner_id,
        role: row.role,
        creditable: row.status === 'active',
        validFrom: row.valid_from,
        validTo: row.valid_to,
        exclusiveToAudience: row.exclusive_to_audience,
      },
    ]),
  );
}

/**
 * The code touch of a conversion, if its code is assigned, creditable and valid at its time; and
 * the flag when the code is exclusive to its partner's audience and the click journey holds no
 * click of that partner (then no touch: the code is not credited).
 */
export function codeTouchOf<T extends Touch>(
  conversion: Conversion,
  codes: ReadonlyMap<string, CodeForCredit>,
  clicks: readonly T[],
  toTouch: (touch: Touch & { promoCodeId: string }) => T,
): { touch?: T; flag?: FoundCodeFlag } {
  const code = conversion.couponCode ? codes.get(`${conversion.brandId}|${conversion.couponCode}`) : undefined;
  if (!code || !code.creditable || !codeValidAt(code, conversion.occurredAt)) return {};
  if (code.exclusiveToAudience && !clicks.some((click) => click.partnerId === code.partnerId)) {
    return {
      flag: {
        conversionId: conversion.id,
        brandId: conversion.brandId,
        promoCodeId: code.id,
        flag: 'code_outside_audience',
      },
    };
  }
  return {
    touch: toTouch({
      clickId: codeTouchId(conversion.id, code.id),
      partnerId: code.partnerId,
      role: code.role,
      occurredAt: conversion.occurredAt,
      promoCodeId: code.id,
    }),
  };
}

/**
 * Leaked codes: the uses of the batch's credited codes (one query, around the batch's times) by
 * many different customers within minutes (CODE_LEAK_RULE) are flagged `code_leak`, earlier
 * conversions of the burst included. An anonymous conversion counts as a customer of its own.
 * Flagged are the batch's own conversions and those already credited, unless flagged before (a
 * leaked code's burst is seen again by every batch that credits one of its uses: writing only the
 * new flags keeps that from growing with the burst); one still waiting (or in a concurrent batch)
 * sees the same uses when its turn comes and flags itself, so two batches never write each other's
 * flags (which would make them wait on each other).
 */
export async function leakFlags(
  manager: EntityManager,
  credited: readonly { conversion: Conversion; promoCodeId: string }[],
): Promise<FoundCodeFlag[]> {
  if (credited.length === 0) return [];
  const codeIds = new Map(
    credited.map(({ conversion, promoCodeId }) => [`${conversion.brandId}|${conversion.couponCode}`, promoCodeId]),
  );
  const times = credited.map(({ conversion }) => conversion.occurredAt.getTime());
  const batch = new Set(credited.map(({ conversion }) => conversion.id));
  const rows: {
    id: string;
    brand_id: string;
    coupon_code: string;
    occurred_at: Date;
    customer: string;
    credited: boolean;
    flagged: boolean;
  }[] = await manager.query(ATTRIBUTION_SQL.couponUsesAround, [
    [...new Set(credited.map(({ conversion }) => conversion.brandId))],
    [...new Set(credited.map(({ conversion }) => conversion.couponCode))],
    new Date(Math.min(...times) - CODE_LEAK_RULE.windowMs),
    new Date(Math.max(...times) + CODE_LEAK_RULE.windowMs),
  ]);
  const usesByCode = new Map<string, (CodeUse & { brandId: string; flaggable: boolean })[]>();
  for (const row of rows) {
    const key = `${row.brand_id}|${row.coupon_code}`;
    if (!codeIds.has(key)) continue;
    const uses = usesByCode.get(key) ?? [];
    const flaggable = !row.flagged && (row.credited || batch.has(row.id));
    uses.push({ id: row.id, brandId: row.brand_id, customer: row.customer, at: row.occurred_at, flaggable });
    usesByCode.set(key, uses);
  }
  return [...usesByCode].flatMap(([key, uses]) => {
    const leaked = leakedCodeUses(uses);
    return uses
      .filter((use) => use.flaggable && leaked.has(use.id))
      .map((use) => ({
        conversionId: use.id,
        brandId: use.brandId,
        promoCodeId: codeIds.get(key) as string,
        flag: 'code_leak' as const,
      }));
  });
}

/** Writes code flags; one already there (an earlier batch, a retried job) is left as it is. */
export async function writeCodeFlags(manager: EntityManager, flags: readonly FoundCodeFlag[]): Promise<void> {
  // In key order, so that two transactions flagging the same conversions wait rather than deadlock.
  const sorted = [...flags].sort((a, b) =>
    a.conversionId === b.conversionId ? a.flag.localeCompare(b.flag) : a.conversionId < b.conversionId ? -1 : 1,
  );
  await bulkInsert(manager, ConversionCodeFlag, sorted, { onConflictDoNothing: true });
}
