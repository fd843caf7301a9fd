import { type EntityManager } from 'typeorm';
import {
  attribute,
  type AttributionSettings,
  type CalendarPeriod,
  FUNNEL_ROLES,
  type FunnelRole,
  type PartnerType,
  PAYMENT_MODELS,
  type PaymentModel,
  paymentModelOf,
  quarterDays,
  type Rational,
  type Touch,
  type Transition,
} from '#domain';

/** Models the report compares with the settlement model, credited by libs/domain's `attribute`. */
export const COMPARED_MODELS = ['last_click', 'first_click', 'linear'] as const;
export type ComparedModel = (typeof COMPARED_MODELS)[number];
const COMPARED_SETTINGS: Record<ComparedModel, AttributionSettings> = {
  last_click: { model: 'last_click' },
  first_click: { model: 'first_click' },
  linear: { model: 'linear' },
};

/** The raw figures of one group (a partner, a role, a type, or everything) in one quarter. */
export interface Figures {
  partners: Set<string>;
  clicks: number;
  impressions: number;
  conversionsTouched: number;
  assistedConversions: number;
  /** Sum of credit (settlement model). */
  attributedConversions: number;
  /** Minor units, exact (settlement model). */
  attributedRevenueMinor: number;
  /** Sum of credit over conversions of new customers. */
  newCustomers: number;
  customersBrought: number;
  customersRepeating: number;
  costMinor: Record<PaymentModel, number>;
  /** Minor units, unrounded (linear splits), per compared model. */
  modelRevenue: Record<ComparedModel, number>;
}

export const emptyFigures = (): Figures => ({
  partners: new Set(),
  clicks: 0,
  impressions: 0,
  conversionsTouched: 0,
  assistedConversions: 0,
  attributedConversions: 0,
  attributedRevenueMinor: 0,
  newCustomers: 0,
  customersBrought: 0,
  customersRepeating: 0,
  costMinor: { cps: 0, cpa: 0, newCustomerBonus: 0, cpc: 0, cpm: 0, flatFee: 0 },
  modelRevenue: { last_click: 0, first_click: 0, linear: 0 },
});

export const totalCost = (figures: Figures): number =>
  PAYMENT_MODELS.reduce((sum, model) => sum + figures.costMinor[model], 0);

export interface PartnerInfo {
  id: string;
  name: string;
  role: FunnelRole;
  type: PartnerType;
}

export interface QuarterFigures {
  byPartner: Map<string, Figures>;
  byRole: Map<FunnelRole, Figures>;
  byType: Map<PartnerType, Figures>;
  total: Figures;
  /** All of the brand's conversions of the quarter, attributed or not (rejected ones left out). */
  conversions: number;
  revenueMinor: number;
  refundedMinor: number;
}

/** The coalition of roles and types of converting journeys: their count and revenue. */
export interface JourneyCoalition {
  roles: FunnelRole[];
  types: PartnerType[];
  conversions: number;
  revenueMinor: number;
}

/**
 * The aggregation behind the partner-mix report: every figure comes out of GROUP BY queries in
 * PostgreSQL, so the worker holds groups, never clicks or conversions. The credited touches of the
 * quarter's conversions are first gathered into a temporary table (one per quarter asked), with
 * their position in the journey, the journey's last touch and the conversion's facts; the grouped
 * figures are read from it. Call inside a transaction (the table is dropped on commit), ideally
 * REPEATABLE READ so that all figures see the same moment.
 */
export class QuarterAggregation {
  private constructor(
    private readonly manager: EntityManager,
    private readonly brandId: string,
    private readonly period: CalendarPeriod,
    private readonly table: string,
  ) {}

  static async open(
    manager: EntityManager,
    brandId: string,
    period: CalendarPeriod,
    table: string,
  ): Promise<QuarterAggregation> {
    const aggregation = new QuarterAggregation(manager, brandId, period, table);
    await aggregation.gatherTouches();
    return aggregation;
  }

  private get range(): [string, Date, Date] {
    return [this.brandId, this.period.start, this.period.end];
  }

  private async gatherTouches(): Promise<void> {
    // `repeated`: the customer ordered again later in the quarter; `brings_customer`: the customer's
    // first new-customer order of the quarter (a customer is brought once).
    await this.manager.query(
      `CREATE TEMP TABLE ${this.table} ON COMMIT DROP AS
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
              earlier AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`,
      this.range,
    );
    await this.manager.query(`ANALYZE ${this.table}`);
  }

  /** Every group's figures, and the brand's totals. */
  async figures(partners: ReadonlyMap<string, PartnerInfo>): Promise<QuarterFigures> {
    const result: QuarterFigures = {
      byPartner: new Map(),
      byRole: new Map(FUNNEL_ROLES.map((role) => [role, emptyFigures()])),
      byType: new Map(),
      total: emptyFigures(),
      conversions: 0,
      revenueMinor: 0,
      refundedMinor: 0,
    };
    const of = <K>(map: Map<K, Figures>, key: K): Figures => {
      let figures = map.get(key);
      if (!figures) map.set(key, (figures = emptyFigures()));
      return figures;
    };
    /** The partner's, its role's (as given), its type's and the total's figures: for additive figures. */
    const groupsOf = (partnerId: string, role: FunnelRole): Figures[] => {
      const partner = partners.get(partnerId) as PartnerInfo;
      return [of(result.byPartner, partnerId), of(result.byRole, role), of(result.byType, partner.type), result.total];
    };
    const activeIn = (partnerId: string, role: FunnelRole): void => {
      for (const figures of groupsOf(partnerId, role)) figures.partners.add(partnerId);
    };

    const clicks: { partner_id: string; role: FunnelRole; n: string }[] = await this.manager.query(
      `SELECT partner_id, partner_role AS role, count(*) AS n FROM clicks
        WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND creditable
        GROUP BY 1, 2`,
      this.range,
    );
    for (const row of clicks) {
      if (!partners.has(row.partner_id)) continue;
      for (const figures of groupsOf(row.partner_id, row.role)) figures.clicks += Number(row.n);
      activeIn(row.partner_id, row.role);
    }

    const days = quarterDays(this.period.key);
    const impressions: { partner_id: string; n: string }[] = await this.manager.query(
      `SELECT partner_id, sum(count) AS n FROM impressions_daily
        WHERE brand_id = $1 AND day >= $2 AND day < $3 GROUP BY 1`,
      [this.brandId, days.first, days.next],
    );
    for (const row of impressions) {
      const partner = partners.get(row.partner_id);
      if (!partner) continue;
      for (const figures of groupsOf(row.partner_id, partner.role)) figures.impressions += Number(row.n);
      activeIn(row.partner_id, partner.role);
    }

    const touched: { partner_id: string; role: FunnelRole }[] = await this.manager.query(
      `SELECT DISTINCT partner_id, role FROM ${this.table}`,
    );
    for (const row of touched) if (partners.has(row.partner_id)) activeIn(row.partner_id, row.role);

    // Commission cost: a conversion's entries count under the role of the partner's last touch of
    // that conversion (the role its rule matched); fees under the partner's role.
    const costs: { partner_id: string; role: FunnelRole | null; kind: string; amount: string }[] =
      await this.manager.query(
        `WITH last_role AS (
           SELECT DISTINCT ON (conversion_id, partner_id) conversion_id, partner_id, role
             FROM ${this.table} ORDER BY conversion_id, partner_id, pos DESC
         )
         SELECT e.partner_id, l.role, e.kind, sum(e.amount_minor) AS amount
           FROM commission_entries e
           LEFT JOIN last_role l ON l.conversion_id = e.conversion_id AND l.partner_id = e.partner_id
          WHERE e.brand_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3 AND e.status <> 'rejected'
          GROUP BY 1, 2, 3`,
        this.range,
      );
    for (const row of costs) {
      const partner = partners.get(row.partner_id);
      // By payment model; `capped` entries are 0 and left out.
      const model = paymentModelOf(row.kind);
      if (!partner || !model) continue;
      for (const figures of groupsOf(row.partner_id, row.role ?? partner.role)) {
        figures.costMinor[model] += Number(row.amount);
      }
    }

    // Counts of conversions do not add up across partners: one query, one grouping set per level,
    // each counting one flagged touch per conversion and group, so that no DISTINCT is needed.
    const maxLength = await this.maxJourneyLength();
    const credits = modelCredits(maxLength);
    const perGroup = (flag: string, last: string, column: string): string => `
              count(*) FILTER (WHERE t.${flag}) AS touched_${column},
              count(*) FILTER (WHERE t.${flag} AND t.${last} <> t.${column}) AS assisted_${column},
              count(*) FILTER (WHERE t.${flag} AND t.brings_customer) AS brought_${column},
              count(*) FILTER (WHERE t.${flag} AND t.brings_customer AND t.repeated) AS repeating_${column},`;
    const groups: GroupRow[] = await this.manager.query(
      `WITH credits AS (
         SELECT * FROM unnest($1::int[], $2::int[], $3::numeric[], $4::numeric[], $5::numeric[])
           AS mc(n, pos, last_click, first_click, linear)
       )
       SELECT t.partner_id, t.role, t.type, GROUPING(t.partner_id, t.role, t.type) AS level,
              ${perGroup('first_of_partner', 'last_partner', 'partner_id')}
              ${perGroup('first_of_role', 'last_role', 'role')}
              ${perGroup('first_of_type', 'last_type', 'type')}
              count(*) FILTER (WHERE t.pos = 1) AS touched_all,
              count(*) FILTER (WHERE t.pos = 1 AND t.brings_customer) AS brought_all,
              count(*) FILTER (WHERE t.pos = 1 AND t.brings_customer AND t.repeated) AS repeating_all,
              sum(t.credit)::float8 AS attributed,
              coalesce(sum(t.credit) FILTER (WHERE t.new_customer), 0)::float8 AS new_customers,
              sum(t.revenue_minor) AS revenue,
              sum(t.amount_minor * mc.last_click)::float8 AS last_click,
              sum(t.amount_minor * mc.first_click)::float8 AS first_click,
              sum(t.amount_minor * mc.linear)::float8 AS linear
         FROM ${this.table} t JOIN credits mc ON mc.n = t.n AND mc.pos = t.pos
        GROUP BY GROUPING SETS ((t.partner_id), (t.role), (t.type), ())`,
      [credits.n, credits.pos, credits.last_click, credits.first_click, credits.linear],
    );
    for (const row of groups) {
      // GROUPING bits: partner_id 4, role 2, type 1; a bit is set when the column is rolled up.
      const level = Number(row.level);
      let figures: Figures;
      let column: 'partner_id' | 'role' | 'type' | 'all';
      if (level === 0b011) {
        if (!partners.has(row.partner_id as string)) continue;
        [figures, column] = [of(result.byPartner, row.partner_id as string), 'partner_id'];
      } else if (level === 0b101) [figures, column] = [of(result.byRole, row.role as FunnelRole), 'role'];
      else if (level === 0b110) [figures, column] = [of(result.byType, row.type as PartnerType), 'type'];
      else [figures, column] = [result.total, 'all'];
      figures.conversionsTouched = Number(row[`touched_${column}`]);
      figures.assistedConversions = column === 'all' ? 0 : Number(row[`assisted_${column}`]);
      figures.customersBrought = Number(row[`brought_${column}`]);
      figures.customersRepeating = Number(row[`repeating_${column}`]);
      figures.attributedConversions = Number(row.attributed);
      figures.newCustomers = Number(row.new_customers);
      figures.attributedRevenueMinor = Number(row.revenue);
      for (const model of COMPARED_MODELS) figures.modelRevenue[model] = Number(row[model]);
    }

    const [totals]: { conversions: string; revenue: string; refunded: string }[] = await this.manager.query(
      `SELECT count(*) AS conversions, coalesce(sum(amount_minor), 0) AS revenue,
              coalesce(sum(reversed_minor), 0) AS refunded
         FROM conversions WHERE brand_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> 'rejected'`,
      this.range,
    );
    result.conversions = Number(totals.conversions);
    result.revenueMinor = Number(totals.revenue);
    result.refundedMinor = Number(totals.refunded);
    return result;
  }

  /** The roles and partner types of each converting journey, grouped: the Shapley games' outcomes. */
  async coalitions(): Promise<JourneyCoalition[]> {
    const rows: { roles: FunnelRole[]; types: PartnerType[]; conversions: string; revenue: string }[] =
      await this.manager.query(
        `SELECT roles, types, count(*) AS conversions, sum(amount) AS revenue
           FROM (SELECT conversion_id, array_agg(DISTINCT role) AS roles, array_agg(DISTINCT type) AS types,
                        max(amount_minor) AS amount
                   FROM ${this.table} GROUP BY conversion_id) j
          GROUP BY roles, types`,
      );
    return rows.map((row) => ({
      roles: row.roles,
      types: row.types,
      conversions: Number(row.conversions),
      revenueMinor: Number(row.revenue),
    }));
  }

  /**
   * First-order transitions between roles and between types, from the quarter's converting
   * journeys (their credited touches, ending in a conversion) and from the creditable clicks of the
   * quarter that no conversion of the quarter credited: grouped by customer, a journey ends in null
   * when the customer's next click is more than the lookback window away (or never comes). Clicks
   * without a customer key are journeys of one click.
   */
  async transitions(lookbackDays: number): Promise<{ role: Transition[]; type: Transition[] }> {
    // Each part first groups its touches by the few (previous, current, start, end) combinations
    // there are, then unpivots those groups into transitions: four rows per group, not per click.
    const rows: { dim: 'role' | 'type'; from: string; to: string; n: string }[] = await this.manager.query(
      `WITH converting AS (
         SELECT r.pos = 1 AS opens, r.pos = r.n AS closes, r.prev_role, r.prev_type, r.role, r.type, count(*) AS n
           FROM ${this.table} r
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
                AND NOT EXISTS (SELECT 1 FROM ${this.table} t WHERE t.click_id = c.id)
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
      [...this.range, lookbackDays],
    );
    const of = (dim: 'role' | 'type'): Transition[] =>
      rows.filter((row) => row.dim === dim).map((row) => ({ from: row.from, to: row.to, count: Number(row.n) }));
    return { role: of('role'), type: of('type') };
  }

  /** Converting and non-converting journeys counted from the transitions (starts and ends). */
  static journeyCounts(transitions: readonly Transition[]): { converting: number; nonConverting: number } {
    const sum = (to: string): number =>
      transitions.filter((transition) => transition.to === to).reduce((total, { count }) => total + count, 0);
    return { converting: sum('(conversion)'), nonConverting: sum('(null)') };
  }

  private async maxJourneyLength(): Promise<number> {
    const [row]: { n: string | null }[] = await this.manager.query(`SELECT max(n) AS n FROM ${this.table}`);
    return Number(row.n ?? 0);
  }
}

type GroupRow = Record<string, string | number | null> & {
  partner_id: string | null;
  role: string | null;
  type: string | null;
  level: string | number;
};

/**
 * Each compared model's credit for the touch at each position of a journey of each length, from
 * libs/domain's `attribute` (these models look at positions only), as exact decimals for SQL.
 */
function modelCredits(maxLength: number): Record<'n' | 'pos' | ComparedModel, (number | string)[]> {
  const table: Record<'n' | 'pos' | ComparedModel, (number | string)[]> = {
    n: [],
    pos: [],
    last_click: [],
    first_click: [],
    linear: [],
  };
  const epoch = Date.UTC(2000, 0, 1);
  for (let n = 1; n <= maxLength; n++) {
    const journey: Touch[] = Array.from({ length: n }, (_, index) => ({
      clickId: String(index).padStart(6, '0'),
      partnerId: 'p',
      role: 'awareness',
      occurredAt: new Date(epoch + index * 1000),
    }));
    const byModel = {} as Record<ComparedModel, Rational[]>;
    for (const model of COMPARED_MODELS) {
      byModel[model] = attribute(journey, COMPARED_SETTINGS[model]).map(({ credit }) => credit);
    }
    for (let pos = 1; pos <= n; pos++) {
      table.n.push(n);
      table.pos.push(pos);
      for (const model of COMPARED_MODELS) {
        const credit = byModel[model][pos - 1];
        // An exact decimal string for numeric: numerator / denominator to 30 places.
        table[model].push(exactDecimal(credit.numerator, credit.denominator));
      }
    }
  }
  return table;
}

function exactDecimal(numerator: bigint, denominator: bigint): string {
  const places = 30n;
  const scaled = (numerator * 10n ** places) / denominator;
  const digits = scaled.toString().padStart(Number(places) + 1, '0');
  return `${digits.slice(0, -Number(places))}.${digits.slice(-Number(places))}`;
}
