import { type ApplicationStatus } from '../applications/index.js';
import { CONVERSION_STATUSES } from '../conversions/index.js';
import { LEDGER_STATUSES } from '../ledger/index.js';
import { STATEMENT_STATUSES } from '../payouts/index.js';
import { type QuerySet, sqlLiterals } from '../platform/index.js';

const conversion = sqlLiterals(CONVERSION_STATUSES);
const entry = sqlLiterals(LEDGER_STATUSES);
const statement = sqlLiterals(STATEMENT_STATUSES);
// Applications sit above reports in libs/core: their status is checked against the type alone.
const application = sqlLiterals<ApplicationStatus>(['pending']);

/**
 * The SQL of the console's overview, in one place; its text is checked in
 * (libs/core/src/queries/overview.sql). The figures use the partner-mix report's definitions
 * (reports.queries.ts): creditable clicks, credited touches of conversions that were not rejected,
 * ledger entries that were not rejected. Queries over a period take $1: brand id, $2: its first
 * instant, $3: the first instant after it.
 */
export const OVERVIEW_SQL = {
  /** The brand's time zone and currency. $1: brand id. */
  brand: `
    SELECT timezone, currency FROM brands WHERE id = $1`,

  /**
   * A period's totals: creditable clicks; orders and revenue of all conversions (MER's revenue);
   * the conversions with a credited touch, their new customers and attributed revenue; commission
   * cost (entries by their time, fees included); partners with a creditable click or a credited touch.
   */
  periodTotals: `
    WITH credited AS (
      SELECT c.id, coalesce(c.new_customer, false) AS new_customer, t.partner_id, t.attributed_revenue_minor
        FROM conversions c JOIN conversion_touches t ON t.conversion_id = c.id
       WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> ${conversion.rejected}
    )
    SELECT (SELECT count(*) FROM clicks
             WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND creditable) AS clicks,
           o.orders, o.revenue,
           (SELECT count(DISTINCT id) FROM credited) AS conversions,
           (SELECT count(DISTINCT id) FILTER (WHERE new_customer) FROM credited) AS new_customers,
           (SELECT coalesce(sum(attributed_revenue_minor), 0) FROM credited) AS attributed_revenue,
           (SELECT coalesce(sum(amount_minor), 0) FROM commission_entries
             WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> ${entry.rejected})
             AS commission,
           (SELECT count(*) FROM (
              SELECT partner_id FROM clicks
               WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND creditable
              UNION SELECT partner_id FROM credited) p) AS active_partners
      FROM (SELECT count(*) AS orders, coalesce(sum(amount_minor), 0) AS revenue FROM conversions
             WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> ${conversion.rejected}) o`,

  /**
   * Every local day of the period, those without events as zeros: creditable clicks, conversions
   * with a credited touch and their attributed revenue. $4: time zone, $5: first day, $6: last day.
   */
  dailyRows: `
    WITH days AS (
      SELECT d::date AS day FROM generate_series($5::date, $6::date, interval '1 day') d
    ),
    clicked AS (
      SELECT (occurred_at AT TIME ZONE $4)::date AS day, count(*) AS clicks FROM clicks
       WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND creditable
       GROUP BY 1
    ),
    converted AS (
      SELECT (c.occurred_at AT TIME ZONE $4)::date AS day, count(DISTINCT c.id) AS conversions,
             sum(t.attributed_revenue_minor) AS revenue
        FROM conversions c JOIN conversion_touches t ON t.conversion_id = c.id
       WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> ${conversion.rejected}
       GROUP BY 1
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS day, coalesce(k.clicks, 0) AS clicks,
           coalesce(v.conversions, 0) AS conversions, coalesce(v.revenue, 0) AS revenue
      FROM days LEFT JOIN clicked k ON k.day = days.day LEFT JOIN converted v ON v.day = days.day
     ORDER BY days.day`,

  /** Attributed revenue per funnel role (the partner's role at touch time), as the report's mix. */
  revenueByRole: `
    SELECT t.role::text AS role, sum(t.attributed_revenue_minor) AS revenue
      FROM conversions c JOIN conversion_touches t ON t.conversion_id = c.id
     WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> ${conversion.rejected}
     GROUP BY 1`,

  /**
   * The manager's to-do counts: conversions in review, applications waiting, issued statements
   * with an amount due, and the brand's own webhook endpoints failing (or disabled after failing).
   * $1: brand id.
   */
  todoCounts: `
    SELECT (SELECT count(*) FROM conversions WHERE brand_id = $1 AND status = ${conversion.review}) AS in_review,
           (SELECT count(*) FROM partner_applications
             WHERE brand_id = $1 AND status = ${application.pending}) AS applications,
           (SELECT count(*) FROM statements
             WHERE brand_id = $1 AND status = ${statement.issued} AND amount_due_minor > 0) AS to_pay,
           (SELECT count(*) FROM webhook_endpoints
             WHERE brand_id = $1 AND partner_id IS NULL AND failing_since IS NOT NULL) AS failing_webhooks`,

  /**
   * The statements a run of the last closed month would issue, while that month has none: the
   * partners with unstated entries before its end that are approved or past their lock (a run
   * approves those first). $1: brand id, $2: the month ("2026-10"), $3: its end, $4: now.
   */
  statementsToIssue: `
    SELECT count(DISTINCT partner_id) AS partners FROM commission_entries
     WHERE brand_id = $1 AND statement_id IS NULL AND occurred_at < $3 AND amount_minor <> 0
       AND (status = ${entry.approved} OR (status = ${entry.pending} AND approvable_at <= $4))
       AND NOT EXISTS (SELECT 1 FROM statements WHERE brand_id = $1 AND period >= $2)`,
} as const;

export const OVERVIEW_QUERIES: QuerySet = { name: 'overview', queries: OVERVIEW_SQL };
