import type { ConversionStatus } from '../conversions/index.js';
import { FEE_KINDS } from '#domain';
import { type QuerySet, sqlList, sqlLiterals } from '../platform/index.js';
import { LEDGER_STATUSES } from './ledger.entity.js';

const entry = sqlLiterals(LEDGER_STATUSES);
// Conversions build on the ledger: their statuses are checked against the type, not imported.
const conversion = sqlLiterals<ConversionStatus>(['rejected', 'review']);

/** The ledger's SQL, in one place; its text is checked in (libs/core/src/queries/ledger.sql). */
export const LEDGER_SQL = {
  /** settle(): pending entries of rejected conversions are rejected. $1: brand id or null (all). */
  rejectEntriesOfRejectedConversions: `
    UPDATE commission_entries e SET status = ${entry.rejected}
      FROM conversions c
     WHERE c.id = e.conversion_id AND c.status = ${conversion.rejected} AND e.status = ${entry.pending}
       AND ($1::uuid IS NULL OR e.brand_id = $1)
     RETURNING e.id`,

  /**
   * settle(): pending entries whose lock has ended are approved, except those of conversions
   * rejected or in review. $1: as-of instant, $2: brand id or null (all).
   */
  approveDueEntries: `
    UPDATE commission_entries e SET status = ${entry.approved}, approved_at = $1
     WHERE e.status = ${entry.pending} AND e.approvable_at <= $1 AND ($2::uuid IS NULL OR e.brand_id = $2)
       AND NOT EXISTS (SELECT 1 FROM conversions c
                        WHERE c.id = e.conversion_id AND c.status IN (${conversion.rejected}, ${conversion.review}))
     RETURNING e.id, e.brand_id, e.partner_id, e.conversion_id`,

  /** A rejected conversion's attributed revenue per partner. $1: conversion id. */
  revenueOfConversion: `
    SELECT partner_id, sum(attributed_revenue_minor)::bigint AS total FROM conversion_touches
     WHERE conversion_id = $1 GROUP BY 1`,

  /** A rejected conversion's pending earnings per partner (settle() rejects them). $1: conversion id. */
  pendingEarningsOfConversion: `
    SELECT partner_id, sum(amount_minor)::bigint AS total FROM commission_entries
     WHERE conversion_id = $1 AND status = ${entry.pending} GROUP BY 1`,

  /** What entry reasons read of their conversions. $1: conversion ids. */
  conversionsForReasons: `
    SELECT id, status, status_reason, status_note, amount_minor FROM conversions WHERE id = ANY($1::uuid[])`,

  /** What entry reasons read of their refunds. $1: reversal ids. */
  reversalsForReasons: `
    SELECT id, amount_minor, reason FROM conversion_reversals WHERE id = ANY($1::uuid[])`,

  /** A partner's ledger per status, and whether on a statement. $1: brand id, $2: partner id. */
  partnerSummary: `
    SELECT status, statement_id IS NOT NULL AS stated, sum(amount_minor)::bigint AS total FROM commission_entries
     WHERE brand_id = $1 AND partner_id = $2 GROUP BY 1, 2`,

  /** Creates the running totals a transaction is about to change. $1..$4: partner ids, measures, periods, brand ids. */
  createRunningTotals: `
    INSERT INTO partner_running_totals (partner_id, measure, period, brand_id)
    SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[])
    ON CONFLICT DO NOTHING`,

  /** Locks running totals in key order (so that concurrent batches cannot deadlock) and reads them. */
  lockRunningTotals: `
    SELECT t.partner_id, t.measure, t.period, t.total_minor FROM partner_running_totals t
      JOIN unnest($1::uuid[], $2::varchar[], $3::varchar[]) AS k(partner_id, measure, period)
        ON (t.partner_id, t.measure, t.period) = (k.partner_id, k.measure, k.period)
     ORDER BY t.partner_id, t.measure, t.period
       FOR UPDATE OF t`,

  /** Writes changed running totals. $1..$4: partner ids, measures, periods, new totals. */
  saveRunningTotals: `
    UPDATE partner_running_totals t SET total_minor = k.total_minor
      FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::bigint[]) AS k(partner_id, measure, period, total_minor)
     WHERE (t.partner_id, t.measure, t.period) = (k.partner_id, k.measure, k.period)`,

  /** The brand's currency, for a partner's summary. $1: brand id. */
  brandCurrency: `
    SELECT currency FROM brands WHERE id = $1`,

  /** Whether the partner belongs to the brand (another brand's partner is a 404). $1: partner id, $2: brand id. */
  partnerOfBrand: `
    SELECT 1 FROM partners WHERE id = $1 AND brand_id = $2`,

  /** Fees: the brands with a commission plan, whose fees the hourly job accrues. */
  feeBrands: `
    SELECT b.id, b.timezone FROM brands b WHERE EXISTS (SELECT 1 FROM commission_plans p WHERE p.brand_id = b.id)`,

  /** Fees: a brand's time zone and currency. $1: brand id. */
  feeBrand: `
    SELECT timezone, currency FROM brands WHERE id = $1`,

  /** Fees: the brand's partners, matched to the plan's rules by type and role. $1: brand id. */
  feePartners: `
    SELECT id, type, role FROM partners WHERE brand_id = $1`,

  /** CPC: creditable clicks per partner in a local day. $1: brand id, $2: day start, $3: day end. */
  feeClicksOfDay: `
    SELECT partner_id, count(*)::bigint AS n FROM clicks
     WHERE brand_id = $1 AND creditable AND occurred_at >= $2 AND occurred_at < $3 GROUP BY partner_id`,

  /** CPM: impressions per partner on a day. $1: brand id, $2: day. */
  feeImpressionsOfDay: `
    SELECT partner_id, count::bigint AS n FROM impressions_daily WHERE brand_id = $1 AND day = $2`,

  /** CPM: impressions per partner earlier in the month. $1: brand id, $2: month's first day, $3: the day. */
  feeImpressionsBefore: `
    SELECT partner_id, sum(count)::bigint AS n FROM impressions_daily
     WHERE brand_id = $1 AND day >= $2 AND day < $3 GROUP BY partner_id`,

  /** Fees already accrued for a day, per partner and kind (a rerun writes only the difference). $1: brand id, $2: day start. */
  feesAccrued: `
    SELECT partner_id, kind, sum(amount_minor)::bigint AS total FROM commission_entries
     WHERE brand_id = $1 AND occurred_at = $2 AND conversion_id IS NULL AND kind IN (${sqlList(FEE_KINDS)})
     GROUP BY partner_id, kind`,
} as const;

export const LEDGER_QUERIES: QuerySet = { name: 'ledger', queries: LEDGER_SQL };
