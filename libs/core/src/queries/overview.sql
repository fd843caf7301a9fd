-- Generated from libs/core/src by queries.spec.ts; do not edit.

-- overview.brand
SELECT timezone, currency FROM brands WHERE id = $1;

-- overview.periodTotals
WITH credited AS (
  SELECT c.id, coalesce(c.new_customer, false) AS new_customer, t.partner_id, t.attributed_revenue_minor
    FROM conversions c JOIN conversion_touches t ON t.conversion_id = c.id
   WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> 'rejected'
)
SELECT (SELECT count(*) FROM clicks
         WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND creditable) AS clicks,
       o.orders, o.revenue,
       (SELECT count(DISTINCT id) FROM credited) AS conversions,
       (SELECT count(DISTINCT id) FILTER (WHERE new_customer) FROM credited) AS new_customers,
       (SELECT coalesce(sum(attributed_revenue_minor), 0) FROM credited) AS attributed_revenue,
       (SELECT coalesce(sum(amount_minor), 0) FROM commission_entries
         WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> 'rejected')
         AS commission,
       (SELECT count(*) FROM (
          SELECT partner_id FROM clicks
           WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND creditable
          UNION SELECT partner_id FROM credited) p) AS active_partners
  FROM (SELECT count(*) AS orders, coalesce(sum(amount_minor), 0) AS revenue FROM conversions
         WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> 'rejected') o;

-- overview.dailyRows
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
   WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> 'rejected'
   GROUP BY 1
)
SELECT to_char(days.day, 'YYYY-MM-DD') AS day, coalesce(k.clicks, 0) AS clicks,
       coalesce(v.conversions, 0) AS conversions, coalesce(v.revenue, 0) AS revenue
  FROM days LEFT JOIN clicked k ON k.day = days.day LEFT JOIN converted v ON v.day = days.day
 ORDER BY days.day;

-- overview.revenueByRole
SELECT t.role::text AS role, sum(t.attributed_revenue_minor) AS revenue
  FROM conversions c JOIN conversion_touches t ON t.conversion_id = c.id
 WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> 'rejected'
 GROUP BY 1;

-- overview.todoCounts
SELECT (SELECT count(*) FROM conversions WHERE brand_id = $1 AND status = 'review') AS in_review,
       (SELECT count(*) FROM partner_applications
         WHERE brand_id = $1 AND status = 'pending') AS applications,
       (SELECT count(*) FROM statements
         WHERE brand_id = $1 AND status = 'issued' AND amount_due_minor > 0) AS to_pay,
       (SELECT count(*) FROM webhook_endpoints
         WHERE brand_id = $1 AND partner_id IS NULL AND failing_since IS NOT NULL) AS failing_webhooks;

-- overview.statementsToIssue
SELECT count(DISTINCT partner_id) AS partners FROM commission_entries
 WHERE brand_id = $1 AND statement_id IS NULL AND occurred_at < $3 AND amount_minor <> 0
   AND (status = 'approved' OR (status = 'pending' AND approvable_at <= $4))
   AND NOT EXISTS (SELECT 1 FROM statements WHERE brand_id = $1 AND period >= $2);
