import { CONVERSION_STATUSES } from '../conversions/index.js';
import { type QuerySet, sqlLiterals } from '../platform/index.js';
import { CODE_FLAGS } from '../promo-codes/index.js';

const conversion = sqlLiterals(CONVERSION_STATUSES);
const codeFlag = sqlLiterals(CODE_FLAGS);

/**
 * The SQL of attribution (journeys, crediting, clawbacks, the plan preview), in one place; its text
 * is checked in (libs/core/src/queries/attribution.sql).
 */
export const ATTRIBUTION_SQL = {
  /** Journeys: the clicks the conversions name, of any brand (the reader checks it). $1: click ids. */
  clicksByIds: `
    SELECT id, brand_id, partner_id, partner_role, occurred_at, customer_key_hash, creditable FROM clicks
     WHERE id = ANY($1::uuid[])`,

  /**
   * Journeys: the creditable clicks of the conversions' customers, over the span of all their
   * windows (each conversion keeps those of its own). $1: brand ids, $2: customer key hashes,
   * $3: earliest window start, $4: latest conversion time.
   */
  customerClicksInWindow: `
    SELECT id, brand_id, partner_id, partner_role, occurred_at, customer_key_hash FROM clicks
     WHERE brand_id = ANY($1::uuid[]) AND customer_key_hash = ANY($2::char(64)[]) AND creditable
       AND occurred_at >= $3 AND occurred_at <= $4`,

  /** Journeys: the codes the conversions used, with their partner's role and status. $1: brand ids, $2: code keys. */
  promoCodesByKey: `
    SELECT pc.id, pc.brand_id, pc.partner_id, pc.code_key, pc.valid_from, pc.valid_to, pc.exclusive_to_audience,
           p.role, p.status
      FROM promo_codes pc JOIN partners p ON p.id = pc.partner_id
     WHERE pc.brand_id = ANY($1::uuid[]) AND pc.code_key = ANY($2::varchar[])`,

  /**
   * Leaked codes: every use of the codes around the batch's times, with whether it is credited or
   * already flagged. $1: brand ids, $2: coupon codes, $3: from, $4: to (both included).
   */
  couponUsesAround: `
    SELECT c.id, c.brand_id, c.coupon_code, c.occurred_at, coalesce(c.customer_key_hash, c.id::text) AS customer,
           c.attributed_at IS NOT NULL AS credited,
           EXISTS (SELECT 1 FROM conversion_code_flags f WHERE f.conversion_id = c.id AND f.flag = ${codeFlag.code_leak})
             AS flagged
      FROM conversions c
     WHERE c.brand_id = ANY($1::uuid[]) AND c.coupon_code = ANY($2::varchar[]) AND c.occurred_at BETWEEN $3 AND $4`,

  /** The current type of each partner, for rule matching. $1: partner ids. */
  partnerTypes: `
    SELECT id, type FROM partners WHERE id = ANY($1::uuid[])`,

  /** Quality: each brand's rule settings. $1: brand ids. */
  qualityRulesOfBrands: `
    SELECT id, quality_rules FROM brands WHERE id = ANY($1::uuid[])`,

  /** Quality: the partners that registered these customer keys as their own. $1: brand ids, $2: customer key hashes. */
  partnersOwningCustomerKeys: `
    SELECT brand_id, partner_id, customer_key_hash FROM partner_customer_keys
     WHERE brand_id = ANY($1::uuid[]) AND customer_key_hash = ANY($2::char(64)[])`,

  /**
   * Crediting: marks the batch's conversions credited, with their journey source and plan version;
   * a flagged one goes to review. $1: conversion ids, $2: journey sources, $3: plan version ids
   * (null: no plan), $4: whether to review.
   */
  markConversionsCredited: `
    UPDATE conversions c SET attributed_at = now(), updated_at = now(),
           journey_source = u.source, plan_id = u.plan_id,
           status = CASE WHEN u.review THEN ${conversion.review} ELSE c.status END
      FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::boolean[]) AS u(id, source, plan_id, review)
     WHERE c.id = u.id`,

  /** Clawbacks: the conversion's other refunds already clawed back. $1: conversion id, $2: the refund at hand. */
  earlierClawedBackRefunds: `
    SELECT r.id, r.amount_minor FROM conversion_reversals r
     WHERE r.conversion_id = $1 AND r.id <> $2
       AND EXISTS (SELECT 1 FROM commission_entries e WHERE e.reversal_id = r.id)`,

  /** Clawbacks: the entries those refunds wrote. $1: refund ids. */
  clawbacksOfRefunds: `
    SELECT entry_key, amount_minor FROM commission_entries WHERE reversal_id = ANY($1::uuid[])`,

  /** Plan preview: the brand's partners. $1: brand id. */
  previewPartners: `
    SELECT id, name, role, type FROM partners WHERE brand_id = $1 ORDER BY id`,

  /**
   * Plan preview: each partner's attributed revenue of the quarter before the month (rejected
   * conversions left out). $1: brand id, $2: quarter start, $3: month start.
   */
  quarterRevenueBeforeMonth: `
    SELECT t.partner_id, sum(t.attributed_revenue_minor)::bigint AS total
      FROM conversion_touches t JOIN conversions c ON c.id = t.conversion_id
     WHERE c.brand_id = $1 AND c.status <> ${conversion.rejected} AND c.occurred_at >= $2 AND c.occurred_at < $3
     GROUP BY 1`,

  /** Plan preview: the revenue the ledger credits each partner with for these conversions. $1: conversion ids. */
  currentRevenue: `
    SELECT partner_id, sum(attributed_revenue_minor)::bigint AS total FROM conversion_touches
     WHERE conversion_id = ANY($1::uuid[]) GROUP BY 1`,

  /** Plan preview: what the ledger holds per partner for these conversions, before refunds. $1: conversion ids. */
  currentCommissions: `
    SELECT partner_id, sum(amount_minor)::bigint AS total FROM commission_entries
     WHERE conversion_id = ANY($1::uuid[]) AND reversal_id IS NULL GROUP BY 1`,
} as const;

export const ATTRIBUTION_QUERIES: QuerySet = { name: 'attribution', queries: ATTRIBUTION_SQL };
