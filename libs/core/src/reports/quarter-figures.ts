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
import { REPORTS_SQL, type TouchTable } from './reports.queries.js';

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
    private readonly table: TouchTable,
  ) {}

  static async open(
    manager: EntityManager,
    brandId: string,
    period: CalendarPeriod,
    table: TouchTable,
  ): Promise<QuarterAggregation> {
    const aggregation = new QuarterAggregation(manager, brandId, period, table);
    await aggregation.gatherTouches();
    return aggregation;
  }

  private get range(): [string, Date, Date] {
    return [this.brandId, this.period.start, this.period.end];
  }

  private async gatherTouches(): Promise<void> {
    await this.manager.query(REPORTS_SQL.gatherTouches(this.table), this.range);
    await this.manager.query(REPORTS_SQL.analyzeTouches(this.table));
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
      REPORTS_SQL.clicksByPartnerRole,
      this.range,
    );
    for (const row of clicks) {
      if (!partners.has(row.partner_id)) continue;
      for (const figures of groupsOf(row.partner_id, row.role)) figures.clicks += Number(row.n);
      activeIn(row.partner_id, row.role);
    }

    const days = quarterDays(this.period.key);
    const impressions: { partner_id: string; n: string }[] = await this.manager.query(
      REPORTS_SQL.impressionsByPartner,
      [this.brandId, days.first, days.next],
    );
    for (const row of impressions) {
      const partner = partners.get(row.partner_id);
      if (!partner) continue;
      for (const figures of groupsOf(row.partner_id, partner.role)) figures.impressions += Number(row.n);
      activeIn(row.partner_id, partner.role);
    }

    const touched: { partner_id: string; role: FunnelRole }[] = await this.manager.query(
      REPORTS_SQL.touchingPartners(this.table),
    );
    for (const row of touched) if (partners.has(row.partner_id)) activeIn(row.partner_id, row.role);

    // Commission cost: a conversion's entries count under the role of the partner's last touch of
    // that conversion (the role its rule matched); fees under the partner's role.
    const costs: { partner_id: string; role: FunnelRole | null; kind: string; amount: string }[] =
      await this.manager.query(REPORTS_SQL.commissionCosts(this.table), this.range);
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
    const groups: GroupRow[] = await this.manager.query(REPORTS_SQL.groupFigures(this.table), [
      credits.n,
      credits.pos,
      credits.last_click,
      credits.first_click,
      credits.linear,
    ]);
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
      REPORTS_SQL.conversionTotals,
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
      await this.manager.query(REPORTS_SQL.journeyCoalitions(this.table));
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
    const rows: { dim: 'role' | 'type'; from: string; to: string; n: string }[] = await this.manager.query(
      REPORTS_SQL.transitions(this.table),
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
    const [row]: { n: string | null }[] = await this.manager.query(REPORTS_SQL.longestJourney(this.table));
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
