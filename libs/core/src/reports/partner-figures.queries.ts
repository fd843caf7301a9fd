import { type QuerySet } from '../platform/index.js';

/**
 * The partners table of the console: each partner of a brand with its figures for a period, sorted
 * by any of them and paged, all in PostgreSQL. Parameters:
 * $1 brand, $2..$3 the period as instants [start, end), $4..$5 the same as local days [first, last],
 * $6 role, $7 type, $8 status (null: any), $9 search pattern for ILIKE (null: none),
 * $10 sort key (name, clicks, conversions, revenue, commission, epc), $11 'asc' | 'desc',
 * $12 limit, $13 offset.
 *
 * Clicks are creditable clicks, raw ones plus the daily counts retention left of deleted ones;
 * conversions and attributed revenue are those the partner was credited in (rejected conversions
 * left out), by when the conversion happened; commission is the ledger's entries of the period,
 * rejected ones left out, clawbacks counted. EPC is commission per click; no clicks, no EPC
 * (sorted last either way). Ties (and equal figures) fall back to the partner id, so that paging
 * never shows a partner twice or skips one.
 */
export const PARTNER_FIGURES_SQL = {
  page: `
    WITH chosen AS (
      SELECT id, name, type, role, status, email, external_ref, created_at FROM partners
       WHERE brand_id = $1
         AND ($6::text IS NULL OR role = $6) AND ($7::text IS NULL OR type = $7) AND ($8::text IS NULL OR status = $8)
         AND ($9::text IS NULL OR name ILIKE $9 OR email ILIKE $9)
    ),
    click_counts AS (
      SELECT partner_id, sum(n)::bigint AS clicks FROM (
        SELECT partner_id, count(*) AS n FROM clicks
         WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND creditable
         GROUP BY 1
        UNION ALL
        SELECT partner_id, sum(creditable_clicks) FROM clicks_daily
         WHERE brand_id = $1 AND day >= $4::date AND day <= $5::date
         GROUP BY 1
      ) both_kinds GROUP BY 1
    ),
    credited AS (
      SELECT t.partner_id, count(DISTINCT t.conversion_id) AS conversions,
             sum(t.attributed_revenue_minor)::bigint AS revenue_minor
        FROM conversions c JOIN conversion_touches t ON t.conversion_id = c.id
       WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> 'rejected'
       GROUP BY 1
    ),
    earned AS (
      SELECT partner_id, sum(amount_minor)::bigint AS commission_minor FROM commission_entries
       WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> 'rejected'
       GROUP BY 1
    ),
    figures AS (
      SELECT p.*, coalesce(k.clicks, 0) AS clicks, coalesce(r.conversions, 0) AS conversions,
             coalesce(r.revenue_minor, 0) AS revenue_minor, coalesce(e.commission_minor, 0) AS commission_minor,
             coalesce(e.commission_minor, 0)::numeric / nullif(coalesce(k.clicks, 0), 0) AS epc_minor
        FROM chosen p
        LEFT JOIN click_counts k ON k.partner_id = p.id
        LEFT JOIN credited r ON r.partner_id = p.id
        LEFT JOIN earned e ON e.partner_id = p.id
    ),
    keyed AS (
      SELECT f.*, CASE $10::text WHEN 'clicks' THEN f.clicks::numeric WHEN 'conversions' THEN f.conversions::numeric
                                 WHEN 'revenue' THEN f.revenue_minor::numeric WHEN 'commission' THEN f.commission_minor::numeric
                                 WHEN 'epc' THEN f.epc_minor END AS figure
        FROM figures f
    )
    SELECT id, name, type, role, status, email, external_ref, created_at, clicks, conversions, revenue_minor,
           commission_minor, epc_minor, count(*) OVER () AS total
      FROM keyed
     ORDER BY CASE WHEN $10 = 'name' AND $11 = 'asc' THEN lower(name) END ASC,
              CASE WHEN $10 = 'name' AND $11 = 'desc' THEN lower(name) END DESC,
              CASE WHEN $11 = 'asc' THEN figure END ASC NULLS LAST,
              CASE WHEN $11 = 'desc' THEN figure END DESC NULLS LAST,
              id
     LIMIT $12 OFFSET $13`,

  /** The brand's currency and time zone (null: no such brand). $1: brand. */
  brand: `SELECT currency, timezone FROM brands WHERE id = $1`,
} as const;

export const PARTNER_FIGURES_QUERIES: QuerySet = { name: 'partner-figures', queries: PARTNER_FIGURES_SQL };
