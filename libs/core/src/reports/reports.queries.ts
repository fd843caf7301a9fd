import { CONVERSION_STATUSES, type JourneySource } from '../conversions/index.js';
import { LEDGER_STATUSES } from '../ledger/index.js';
import { type QuerySet, sqlLiterals } from '../platform/index.js';
import { REPORT_STATUSES, REPORT_TRIGGERS } from './partner-mix.entity.js';

const conversion = sqlLiterals(CONVERSION_STATUSES);
const entry = sqlLiterals(LEDGER_STATUSES);
const report = sqlLiterals(REPORT_STATUSES);
const trigger = sqlLiterals(REPORT_TRIGGERS);
// journey_source has no constant list (nor a CHECK): its literal is checked against the type.
const source = sqlLiterals<JourneySource>(['none']);

/** The temporary tables of a report's build: the quarter's credited touches, and the previous quarter's. */
export const TOUCH_TABLES = { current: 'report_touches', previous: 'report_touches_previous' } as const;
export type TouchTable = (typeof TOUCH_TABLES)[keyof typeof TOUCH_TABLES];

/** The four conversion counts of one level of groupFigures, in the select list's indentation. */
const countsPerGroup = (flag: string, last: string, column: string): string =>
  [
    `count(*) FILTER (WHERE t.${flag}) AS touched_${column},`,
    `count(*) FILTER (WHERE t.${flag} AND t.${last} <> t.${column}) AS assisted_${column},`,
    `count(*) FILTER (WHERE t.${flag} AND t.brings_customer) AS brought_${column},`,
    `count(*) FILTER (WHERE t.${flag} AND t.brings_customer AND t.repeated) AS repeating_${column},`,
  ]
    .map((line) => `           ${line}`)
    .join('\n');

/**
 * The SQL of the partner-mix reports, in one place; its text is checked in
 * (libs/core/src/queries/reports.sql). Queries over a quarter's touches take the temporary table's
 * name (see TOUCH_TABLES); those of one quarter take $1: brand id, $2: its start, $3: its end.
 */
export const REPORTS_SQL = {
  /** Scheduling: the brands whose closed quarter may need a report. $1: brand ids, or null (all). */
  brandsToSchedule: `
    SELECT id, timezone, created_at FROM brands WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])`,

  /**
   * Scheduling: records the scheduled report of a brand's quarter, unless there is one; returns its
   * id when recorded. $1: report id, $2: brand id, $3: quarter.
   */
  recordScheduledReport: `
    INSERT INTO partner_mix_reports (id, brand_id, quarter, status, trigger)
    VALUES ($1, $2, $3, ${report.queued}, ${trigger.scheduled})
    ON CONFLICT (brand_id, quarter) WHERE trigger = ${trigger.scheduled} DO NOTHING RETURNING id`,

  /** Scheduling: reports still queued a while after they were recorded (their job may be lost). $1: seconds. */
  staleQueuedReports: `
    SELECT id FROM partner_mix_reports
     WHERE status = ${report.queued} AND created_at <= now() - make_interval(secs => $1) ORDER BY created_at LIMIT 100`,

  /** Build: room for PostgreSQL's sorts and hashes over the quarter's touches and clicks. */
  raiseWorkMem: `
    SET LOCAL work_mem = '128MB'`,

  /** Build: each query runs once over millions of rows, so compiling it (JIT) costs more than it saves. */
  turnOffJit: `
    SET LOCAL jit = off`,

  /** Build: the brand's time zone and currency. $1: brand id. */
  reportBrand: `
    SELECT timezone, currency FROM brands WHERE id = $1`,

  /** Build: the brand's partners as they are now. $1: brand id. */
  reportPartners: `
    SELECT id, name, role, type FROM partners WHERE brand_id = $1`,

  /**
   * Aggregation: the quarter's credited touches (rejected conversions left out) into a temporary
   * table dropped on commit, with their journey position, the journey's last touch and the
   * conversion's facts. `repeated`: the customer ordered again later in the quarter;
   * `brings_customer`: the customer's first new-customer order of the quarter (a customer is
   * brought once). $1: brand id, $2: quarter start, $3: quarter end.
   */
  gatherTouches: (table: TouchTable) => `
    CREATE TEMP TABLE ${table} ON COMMIT DROP AS
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
       WHERE c.brand_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.status <> ${conversion.rejected}
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
           earlier AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`,

  /** Aggregation: statistics of the gathered touches, for the planner. */
  analyzeTouches: (table: TouchTable) => `
    ANALYZE ${table}`,

  /** Figures: creditable clicks per partner and role at click time. $1: brand id, $2, $3: quarter start, end. */
  clicksByPartnerRole: `
    SELECT partner_id, partner_role AS role, count(*) AS n FROM clicks
     WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND creditable
     GROUP BY 1, 2`,

  /** Figures: impressions per partner. $1: brand id, $2: the quarter's first day, $3: the day after its last. */
  impressionsByPartner: `
    SELECT partner_id, sum(count) AS n FROM impressions_daily
     WHERE brand_id = $1 AND day >= $2 AND day < $3 GROUP BY 1`,

  /** Figures: the partners (and roles at touch time) with credited touches. */
  touchingPartners: (table: TouchTable) => `
    SELECT DISTINCT partner_id, role FROM ${table}`,

  /**
   * Figures: commission cost per partner, role and entry kind (rejected entries left out): a
   * conversion's entries under the role of the partner's last touch of it; fees (no touch) under
   * a null role. $1: brand id, $2: quarter start, $3: quarter end.
   */
  commissionCosts: (table: TouchTable) => `
    WITH last_role AS (
      SELECT DISTINCT ON (conversion_id, partner_id) conversion_id, partner_id, role
        FROM ${table} ORDER BY conversion_id, partner_id, pos DESC
    )
    SELECT e.partner_id, l.role, e.kind, sum(e.amount_minor) AS amount
      FROM commission_entries e
      LEFT JOIN last_role l ON l.conversion_id = e.conversion_id AND l.partner_id = e.partner_id
     WHERE e.brand_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3 AND e.status <> ${entry.rejected}
     GROUP BY 1, 2, 3`,

  /** Figures: the longest journey's number of touches. */
  longestJourney: (table: TouchTable) => `
    SELECT max(n) AS n FROM ${table}`,

  /**
   * Figures: per partner, role, type and in all (one grouping set each) the conversions touched,
   * assisted and of customers brought (and repeating), each counted once per conversion and group
   * through its first touch there; credit, new customers, revenue, and revenue under the compared
   * models. $1..$5: each compared model's credit per journey length and position (n, pos,
   * last_click, first_click, linear).
   */
  groupFigures: (table: TouchTable) => `
    WITH credits AS (
      SELECT * FROM unnest($1::int[], $2::int[], $3::numeric[], $4::numeric[], $5::numeric[])
        AS mc(n, pos, last_click, first_click, linear)
    )
    SELECT t.partner_id, t.role, t.type, GROUPING(t.partner_id, t.role, t.type) AS level,
${countsPerGroup('first_of_partner', 'last_partner', 'partner_id')}
${countsPerGroup('first_of_role', 'last_role', 'role')}
${countsPerGroup('first_of_type', 'last_type', 'type')}
           count(*) FILTER (WHERE t.pos = 1) AS touched_all,
           count(*) FILTER (WHERE t.pos = 1 AND t.brings_customer) AS brought_all,
           count(*) FILTER (WHERE t.pos = 1 AND t.brings_customer AND t.repeated) AS repeating_all,
           sum(t.credit)::float8 AS attributed,
           coalesce(sum(t.credit) FILTER (WHERE t.new_customer), 0)::float8 AS new_customers,
           sum(t.revenue_minor) AS revenue,
           sum(t.amount_minor * mc.last_click)::float8 AS last_click,
           sum(t.amount_minor * mc.first_click)::float8 AS first_click,
           sum(t.amount_minor * mc.linear)::float8 AS linear
      FROM ${table} t JOIN credits mc ON mc.n = t.n AND mc.pos = t.pos
     GROUP BY GROUPING SETS ((t.partner_id), (t.role), (t.type), ())`,

  /**
   * Figures: all of the quarter's conversions, attributed or not (rejected ones left out): count,
   * revenue and refunds. $1: brand id, $2: quarter start, $3: quarter end.
   */
  conversionTotals: `
    SELECT count(*) AS conversions, coalesce(sum(amount_minor), 0) AS revenue,
           coalesce(sum(reversed_minor), 0) AS refunded
      FROM conversions WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> ${conversion.rejected}`,

  /** Shapley: the converting journeys grouped by their set of roles and of partner types, with count and revenue. */
  journeyCoalitions: (table: TouchTable) => `
    SELECT roles, types, count(*) AS conversions, sum(amount) AS revenue
      FROM (SELECT conversion_id, array_agg(DISTINCT role) AS roles, array_agg(DISTINCT type) AS types,
                   max(amount_minor) AS amount
              FROM ${table} GROUP BY conversion_id) j
     GROUP BY roles, types`,

  /**
   * Markov: first-order transitions between roles and between types, counted from the converting
   * journeys (the touches) and from the quarter's creditable clicks no conversion credited, grouped
   * by customer (a journey ends when the next click is further than the lookback). Each part first
   * groups its touches by (opens, closes, previous, current), then unpivots those groups: four rows
   * per group, not per click. $1: brand id, $2: quarter start, $3: quarter end, $4: lookback days.
   */
  transitions: (table: TouchTable) => `
    WITH converting AS (
      SELECT r.pos = 1 AS opens, r.pos = r.n AS closes, r.prev_role, r.prev_type, r.role, r.type, count(*) AS n
        FROM ${table} r
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
             AND NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.click_id = c.id)
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
     GROUP BY 1, 2, 3`,

  /**
   * Body: the quarter's orders (rejected ones left out) by channel and journey source. $1: brand id,
   * $2: quarter start, $3: quarter end.
   */
  ordersByChannelAndSource: `
    SELECT coalesce(channel, 'unspecified') AS channel, coalesce(journey_source, ${source.none}) AS source,
           count(*) AS conversions, sum(amount_minor) AS revenue
      FROM conversions
     WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> ${conversion.rejected}
     GROUP BY 1, 2`,

  /**
   * Body: quality rule hits per partner and rule: flags on its conversions (by order time) or its
   * flooded days (by local day), and flags of its promo codes. $1: brand id, $2: quarter start,
   * $3: quarter end, $4: the brand's time zone.
   */
  qualityHitsByPartner: `
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
     GROUP BY 1, 2`,

  /** Body: other marketing spend overlapping the quarter. $1: brand id, $2: first day, $3: the day after the last. */
  spendOverlappingQuarter: `
    SELECT channel, period_start::text, period_end::text, amount_minor FROM marketing_spend
     WHERE brand_id = $1 AND period_start < $3 AND period_end >= $2 ORDER BY channel, id`,
} as const;

type TableQuery = {
  [K in keyof typeof REPORTS_SQL]: (typeof REPORTS_SQL)[K] extends string ? never : K;
}[keyof typeof REPORTS_SQL];

/**
 * The tables each query over touches runs with, as partner-mix-report.service.ts builds a report:
 * the previous quarter's figures (for the change), then the quarter's figures, journeys and
 * transitions. The checked-in file shows each as it runs.
 */
const TABLES_OF: Record<TableQuery, readonly TouchTable[]> = {
  gatherTouches: [TOUCH_TABLES.previous, TOUCH_TABLES.current],
  analyzeTouches: [TOUCH_TABLES.previous, TOUCH_TABLES.current],
  touchingPartners: [TOUCH_TABLES.previous, TOUCH_TABLES.current],
  commissionCosts: [TOUCH_TABLES.previous, TOUCH_TABLES.current],
  longestJourney: [TOUCH_TABLES.previous, TOUCH_TABLES.current],
  groupFigures: [TOUCH_TABLES.previous, TOUCH_TABLES.current],
  journeyCoalitions: [TOUCH_TABLES.current],
  transitions: [TOUCH_TABLES.current],
};

export const REPORTS_QUERIES: QuerySet = {
  name: 'reports',
  queries: Object.fromEntries(
    Object.entries(REPORTS_SQL).flatMap(([key, sql]): [string, string][] =>
      typeof sql === 'string'
        ? [[key, sql]]
        : TABLES_OF[key as TableQuery].map((table) => [`${key}(${table})`, sql(table)]),
    ),
  ),
};
