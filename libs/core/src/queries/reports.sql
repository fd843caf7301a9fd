-- Generated from libs/core/src by queries.spec.ts; do not edit.

-- reports.brandsToSchedule
SELECT id, timezone, created_at FROM brands WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[]);

-- reports.recordScheduledReport
INSERT INTO partner_mix_reports (id, brand_id, quarter, status, trigger)
VALUES ($1, $2, $3, 'queued', 'scheduled')
ON CONFLICT (brand_id, quarter) WHERE trigger = 'scheduled' DO NOTHING RETURNING id;

-- reports.staleQueuedReports
SELECT id FROM partner_mix_reports
 WHERE status = 'queued' AND created_at <= now() - make_interval(secs => $1) ORDER BY created_at LIMIT 100;

-- reports.raiseWorkMem
SET LOCAL work_mem = '128MB';

-- reports.turnOffJit
SET LOCAL jit = off;

-- reports.reportBrand
SELECT timezone, currency FROM brands WHERE id = $1;

-- reports.reportPartners
SELECT id, name, role, type FROM partners WHERE brand_id = $1;

-- reports.gatherTouches(report_touches_previous)
CREATE TEMP TABLE report_touches_previous ON COMMIT DROP AS
WITH conv AS (
  SELECT c.id, c.amount_minor, coalesce(c.new_customer, false) AS new_customer,
         c.customer_key_hash IS NOT NULL
           AND lead(c.id) OVER (PARTITION BY c.customer_key_hash COLLATE "C" ORDER BY c.occurred_at, c.id) IS NOT NULL
           AS repeated,
         c.customer_key_hash IS NOT NULL AND coalesce(c.new_customer, false)
           AND row_number() OVER (PARTITION BY c.customer_key_hash COLLATE "C", c.new_customer
                                  ORDER BY c.occurred_at, c.id) = 1
           AS brings_customer
    FROM conversions c
   WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> 'rejected'
)
SELECT t.conversion_id, t.click_id, t.partner_id, t.role::text AS role, p.type::text AS type,
       split_part(t.credit, '/', 1)::numeric
         / coalesce(nullif(split_part(t.credit, '/', 2), ''), '1')::numeric AS credit,
       t.attributed_revenue_minor AS revenue_minor, conv.amount_minor, conv.new_customer, conv.repeated,
       conv.brings_customer,
       row_number() OVER w AS pos, count(*) OVER whole AS n,
       lag(t.role::text) OVER w AS prev_role, lag(p.type::text) OVER w AS prev_type,
       last_value(t.partner_id) OVER whole AS last_partner, last_value(t.role::text) OVER whole AS last_role,
       last_value(p.type::text) OVER whole AS last_type,
       -- A partner's (role's, type's) first touch of the journey stands for it in counts of
       -- conversions. Looked up in the earlier touches of the same window (journeys are
       -- short), not with a window per partner, role and type: three fewer sorts.
       t.partner_id <> ALL (coalesce(array_agg(t.partner_id) OVER earlier, '{}')) AS first_of_partner,
       t.role::text <> ALL (coalesce(array_agg(t.role::text) OVER earlier, '{}')) AS first_of_role,
       p.type::text <> ALL (coalesce(array_agg(p.type::text) OVER earlier, '{}')) AS first_of_type
  FROM conv
  JOIN conversion_touches t ON t.conversion_id = conv.id
  JOIN partners p ON p.id = t.partner_id
WINDOW w AS (PARTITION BY t.conversion_id ORDER BY t.occurred_at, t.click_id),
       whole AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
       earlier AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING);

-- reports.gatherTouches(report_touches)
CREATE TEMP TABLE report_touches ON COMMIT DROP AS
WITH conv AS (
  SELECT c.id, c.amount_minor, coalesce(c.new_customer, false) AS new_customer,
         c.customer_key_hash IS NOT NULL
           AND lead(c.id) OVER (PARTITION BY c.customer_key_hash COLLATE "C" ORDER BY c.occurred_at, c.id) IS NOT NULL
           AS repeated,
         c.customer_key_hash IS NOT NULL AND coalesce(c.new_customer, false)
           AND row_number() OVER (PARTITION BY c.customer_key_hash COLLATE "C", c.new_customer
                                  ORDER BY c.occurred_at, c.id) = 1
           AS brings_customer
    FROM conversions c
   WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> 'rejected'
)
SELECT t.conversion_id, t.click_id, t.partner_id, t.role::text AS role, p.type::text AS type,
       split_part(t.credit, '/', 1)::numeric
         / coalesce(nullif(split_part(t.credit, '/', 2), ''), '1')::numeric AS credit,
       t.attributed_revenue_minor AS revenue_minor, conv.amount_minor, conv.new_customer, conv.repeated,
       conv.brings_customer,
       row_number() OVER w AS pos, count(*) OVER whole AS n,
       lag(t.role::text) OVER w AS prev_role, lag(p.type::text) OVER w AS prev_type,
       last_value(t.partner_id) OVER whole AS last_partner, last_value(t.role::text) OVER whole AS last_role,
       last_value(p.type::text) OVER whole AS last_type,
       -- A partner's (role's, type's) first touch of the journey stands for it in counts of
       -- conversions. Looked up in the earlier touches of the same window (journeys are
       -- short), not with a window per partner, role and type: three fewer sorts.
       t.partner_id <> ALL (coalesce(array_agg(t.partner_id) OVER earlier, '{}')) AS first_of_partner,
       t.role::text <> ALL (coalesce(array_agg(t.role::text) OVER earlier, '{}')) AS first_of_role,
       p.type::text <> ALL (coalesce(array_agg(p.type::text) OVER earlier, '{}')) AS first_of_type
  FROM conv
  JOIN conversion_touches t ON t.conversion_id = conv.id
  JOIN partners p ON p.id = t.partner_id
WINDOW w AS (PARTITION BY t.conversion_id ORDER BY t.occurred_at, t.click_id),
       whole AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
       earlier AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING);

-- reports.analyzeTouches(report_touches_previous)
ANALYZE report_touches_previous;

-- reports.analyzeTouches(report_touches)
ANALYZE report_touches;

-- reports.clicksByPartnerRole
SELECT partner_id, partner_role AS role, count(*) AS n FROM clicks
 WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND creditable
 GROUP BY 1, 2;

-- reports.impressionsByPartner
SELECT partner_id, sum(count) AS n FROM impressions_daily
 WHERE brand_id = $1 AND day >= $2 AND day < $3 GROUP BY 1;

-- reports.touchingPartners(report_touches_previous)
SELECT DISTINCT partner_id, role FROM report_touches_previous;

-- reports.touchingPartners(report_touches)
SELECT DISTINCT partner_id, role FROM report_touches;

-- reports.commissionCosts(report_touches_previous)
WITH last_role AS (
  SELECT DISTINCT ON (conversion_id, partner_id) conversion_id, partner_id, role
    FROM report_touches_previous ORDER BY conversion_id, partner_id, pos DESC
)
SELECT e.partner_id, l.role, e.kind, sum(e.amount_minor) AS amount
  FROM commission_entries e
  LEFT JOIN last_role l ON l.conversion_id = e.conversion_id AND l.partner_id = e.partner_id
 WHERE e.brand_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3 AND e.status <> 'rejected'
 GROUP BY 1, 2, 3;

-- reports.commissionCosts(report_touches)
WITH last_role AS (
  SELECT DISTINCT ON (conversion_id, partner_id) conversion_id, partner_id, role
    FROM report_touches ORDER BY conversion_id, partner_id, pos DESC
)
SELECT e.partner_id, l.role, e.kind, sum(e.amount_minor) AS amount
  FROM commission_entries e
  LEFT JOIN last_role l ON l.conversion_id = e.conversion_id AND l.partner_id = e.partner_id
 WHERE e.brand_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3 AND e.status <> 'rejected'
 GROUP BY 1, 2, 3;

-- reports.longestJourney(report_touches_previous)
SELECT max(n) AS n FROM report_touches_previous;

-- reports.longestJourney(report_touches)
SELECT max(n) AS n FROM report_touches;

-- reports.groupFigures(report_touches_previous)
WITH credits AS (
  SELECT * FROM unnest($1::int[], $2::int[], $3::numeric[], $4::numeric[], $5::numeric[])
    AS mc(n, pos, last_click, first_click, linear)
)
SELECT t.partner_id, t.role, t.type, GROUPING(t.partner_id, t.role, t.type) AS level,
       count(*) FILTER (WHERE t.first_of_partner) AS touched_partner_id,
       count(*) FILTER (WHERE t.first_of_partner AND t.last_partner <> t.partner_id) AS assisted_partner_id,
       count(*) FILTER (WHERE t.first_of_partner AND t.brings_customer) AS brought_partner_id,
       count(*) FILTER (WHERE t.first_of_partner AND t.brings_customer AND t.repeated) AS repeating_partner_id,
       count(*) FILTER (WHERE t.first_of_role) AS touched_role,
       count(*) FILTER (WHERE t.first_of_role AND t.last_role <> t.role) AS assisted_role,
       count(*) FILTER (WHERE t.first_of_role AND t.brings_customer) AS brought_role,
       count(*) FILTER (WHERE t.first_of_role AND t.brings_customer AND t.repeated) AS repeating_role,
       count(*) FILTER (WHERE t.first_of_type) AS touched_type,
       count(*) FILTER (WHERE t.first_of_type AND t.last_type <> t.type) AS assisted_type,
       count(*) FILTER (WHERE t.first_of_type AND t.brings_customer) AS brought_type,
       count(*) FILTER (WHERE t.first_of_type AND t.brings_customer AND t.repeated) AS repeating_type,
       count(*) FILTER (WHERE t.pos = 1) AS touched_all,
       count(*) FILTER (WHERE t.pos = 1 AND t.brings_customer) AS brought_all,
       count(*) FILTER (WHERE t.pos = 1 AND t.brings_customer AND t.repeated) AS repeating_all,
       sum(t.credit)::float8 AS attributed,
       coalesce(sum(t.credit) FILTER (WHERE t.new_customer), 0)::float8 AS new_customers,
       sum(t.revenue_minor) AS revenue,
       sum(t.amount_minor * mc.last_click)::float8 AS last_click,
       sum(t.amount_minor * mc.first_click)::float8 AS first_click,
       sum(t.amount_minor * mc.linear)::float8 AS linear
  FROM report_touches_previous t JOIN credits mc ON mc.n = t.n AND mc.pos = t.pos
 GROUP BY GROUPING SETS ((t.partner_id), (t.role), (t.type), ());

-- reports.groupFigures(report_touches)
WITH credits AS (
  SELECT * FROM unnest($1::int[], $2::int[], $3::numeric[], $4::numeric[], $5::numeric[])
    AS mc(n, pos, last_click, first_click, linear)
)
SELECT t.partner_id, t.role, t.type, GROUPING(t.partner_id, t.role, t.type) AS level,
       count(*) FILTER (WHERE t.first_of_partner) AS touched_partner_id,
       count(*) FILTER (WHERE t.first_of_partner AND t.last_partner <> t.partner_id) AS assisted_partner_id,
       count(*) FILTER (WHERE t.first_of_partner AND t.brings_customer) AS brought_partner_id,
       count(*) FILTER (WHERE t.first_of_partner AND t.brings_customer AND t.repeated) AS repeating_partner_id,
       count(*) FILTER (WHERE t.first_of_role) AS touched_role,
       count(*) FILTER (WHERE t.first_of_role AND t.last_role <> t.role) AS assisted_role,
       count(*) FILTER (WHERE t.first_of_role AND t.brings_customer) AS brought_role,
       count(*) FILTER (WHERE t.first_of_role AND t.brings_customer AND t.repeated) AS repeating_role,
       count(*) FILTER (WHERE t.first_of_type) AS touched_type,
       count(*) FILTER (WHERE t.first_of_type AND t.last_type <> t.type) AS assisted_type,
       count(*) FILTER (WHERE t.first_of_type AND t.brings_customer) AS brought_type,
       count(*) FILTER (WHERE t.first_of_type AND t.brings_customer AND t.repeated) AS repeating_type,
       count(*) FILTER (WHERE t.pos = 1) AS touched_all,
       count(*) FILTER (WHERE t.pos = 1 AND t.brings_customer) AS brought_all,
       count(*) FILTER (WHERE t.pos = 1 AND t.brings_customer AND t.repeated) AS repeating_all,
       sum(t.credit)::float8 AS attributed,
       coalesce(sum(t.credit) FILTER (WHERE t.new_customer), 0)::float8 AS new_customers,
       sum(t.revenue_minor) AS revenue,
       sum(t.amount_minor * mc.last_click)::float8 AS last_click,
       sum(t.amount_minor * mc.first_click)::float8 AS first_click,
       sum(t.amount_minor * mc.linear)::float8 AS linear
  FROM report_touches t JOIN credits mc ON mc.n = t.n AND mc.pos = t.pos
 GROUP BY GROUPING SETS ((t.partner_id), (t.role), (t.type), ());

-- reports.conversionTotals
SELECT count(*) AS conversions, coalesce(sum(amount_minor), 0) AS revenue,
       coalesce(sum(reversed_minor), 0) AS refunded
  FROM conversions WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> 'rejected';

-- reports.journeyCoalitions(report_touches)
SELECT roles, types, count(*) AS conversions, sum(amount) AS revenue
  FROM (SELECT conversion_id, array_agg(DISTINCT role) AS roles, array_agg(DISTINCT type) AS types,
               max(amount_minor) AS amount
          FROM report_touches GROUP BY conversion_id) j
 GROUP BY roles, types;

-- reports.transitions(report_touches)
WITH converting AS (
  SELECT r.pos = 1 AS opens, r.pos = r.n AS closes, r.prev_role, r.prev_type, r.role, r.type, count(*) AS n
    FROM report_touches r
   GROUP BY 1, 2, 3, 4, 5, 6
),
browsing AS (
  SELECT k.customer IS NULL OR k.prev_at IS NULL OR k.occurred_at - k.prev_at > $4 * interval '1 day' AS opens,
         k.customer IS NULL OR k.next_at IS NULL OR k.next_at - k.occurred_at > $4 * interval '1 day' AS closes,
         k.prev_role, k.prev_type, k.role, k.type, count(*) AS n
    FROM (
      SELECT c.partner_role::text AS role, p.type::text AS type, c.customer_key_hash AS customer, c.occurred_at,
             lag(c.occurred_at) OVER w AS prev_at, lead(c.occurred_at) OVER w AS next_at,
             lag(c.partner_role::text) OVER w AS prev_role, lag(p.type::text) OVER w AS prev_type
        FROM clicks c JOIN partners p ON p.id = c.partner_id
       WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.creditable
         AND NOT EXISTS (SELECT 1 FROM report_touches t WHERE t.click_id = c.id)
      -- Byte order ("C") is all a partition needs, and far cheaper to sort than the locale's.
      WINDOW w AS (PARTITION BY c.customer_key_hash COLLATE "C" ORDER BY c.occurred_at, c.id)
    ) k
   GROUP BY 1, 2, 3, 4, 5, 6
)
SELECT x.dim, x.f AS "from", x.t AS "to", sum(g.n) AS n
  FROM (SELECT *, '(conversion)' AS ending FROM converting
        UNION ALL SELECT *, '(null)' FROM browsing) g,
       LATERAL (VALUES
         ('role', CASE WHEN g.opens THEN '(start)' ELSE g.prev_role END, g.role),
         ('type', CASE WHEN g.opens THEN '(start)' ELSE g.prev_type END, g.type),
         ('role', g.role, CASE WHEN g.closes THEN g.ending END),
         ('type', g.type, CASE WHEN g.closes THEN g.ending END)) AS x(dim, f, t)
 WHERE x.t IS NOT NULL
 GROUP BY 1, 2, 3;

-- reports.ordersByChannelAndSource
SELECT coalesce(channel, 'unspecified') AS channel, coalesce(journey_source, 'none') AS source,
       count(*) AS conversions, sum(amount_minor) AS revenue
  FROM conversions
 WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> 'rejected'
 GROUP BY 1, 2;

-- reports.qualityHitsByPartner
SELECT f.partner_id, f.code, count(*)::int AS hits
  FROM quality_flags f LEFT JOIN conversions c ON c.id = f.conversion_id
 WHERE f.brand_id = $1 AND f.partner_id IS NOT NULL
   AND coalesce(c.occurred_at, f.day::timestamp AT TIME ZONE $4) >= $2
   AND coalesce(c.occurred_at, f.day::timestamp AT TIME ZONE $4) < $3
 GROUP BY 1, 2
UNION ALL
SELECT p.partner_id, x.flag, count(*)::int
  FROM conversion_code_flags x JOIN promo_codes p ON p.id = x.promo_code_id JOIN conversions c ON c.id = x.conversion_id
 WHERE x.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3
 GROUP BY 1, 2;

-- reports.spendOverlappingQuarter
SELECT channel, period_start::text, period_end::text, amount_minor FROM marketing_spend
 WHERE brand_id = $1 AND period_start < $3 AND period_end >= $2 ORDER BY channel, id;
