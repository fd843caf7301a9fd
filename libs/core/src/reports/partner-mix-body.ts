import {
  changePercent,
  type FunnelRole,
  formatMoney,
  FUNNEL_ROLES,
  journeyWorth,
  lastClickVerdict,
  type LastClickVerdict,
  type MarkovAttribution,
  type MixTarget,
  type PartnerType,
  PAYMENT_MODELS,
  type PaymentModel,
  ratio,
  recommendations,
  round,
  shapleyValues,
} from '#domain';
import {
  emptyFigures,
  type Figures,
  type JourneyCoalition,
  type PartnerInfo,
  type QuarterFigures,
  totalCost,
} from './quarter-figures.js';

/** A decimal string in the brand currency ("19.99"); the currency is the report's `currency`. */
type Money = string;

/**
 * The partner-mix report as stored on the report row and answered by
 * `GET /v1/reports/partner-mix/{id}` once done (next to the row's id, status and times). apps/api's
 * response classes implement these interfaces, so /docs describes exactly what is built here.
 */
export interface PartnerMixReportBody {
  /** "2026-Q3", in the brand's time zone. */
  quarter: string;
  previousQuarter: string;
  currency: string;
  timeZone: string;
  /** The quarter's first instant and the next quarter's, ISO. */
  period: { start: string; end: string };
  totals: ReportTotals;
  byRole: RoleGroupReport[];
  byType: TypeGroupReport[];
  byPartner: PartnerGroupReport[];
  target: TargetMixReport;
  mer: MerReport;
  modelComparison: ModelComparison;
  dataDriven: DataDrivenReport;
  byChannel: ChannelRevenueRow[];
  bySource: SourceRevenueRow[];
  /** Of the quarter's revenue, the share no visible touch (click, customer key, code) found. */
  noVisibleTouchShare: number | null;
  quality: QualityReport;
  recommendations: string[];
  notes: string[];
}

export interface ReportTotals {
  /** All of the brand's conversions of the quarter, attributed or not (rejected ones left out). */
  conversions: number;
  attributedConversions: number;
  revenue: Money;
  refunded: Money;
  attributedRevenue: Money;
  commissionCost: Money;
  newCustomers: number;
}

/** Who a partner row is about. */
export interface PartnerDescription {
  partnerId: string;
  name: string;
  role: FunnelRole;
  type: PartnerType;
}

export interface GroupReport {
  activePartners: number;
  clicks: number;
  impressions: number;
  conversionsTouched: number;
  /** Sum of the settlement model's credit. */
  attributedConversions: number;
  attributedRevenue: Money;
  /** Of all partners' attributed revenue, 0..1. */
  revenueShare: number;
  /** Credit-weighted. */
  newCustomers: number;
  aov: Money | null;
  commission: Record<PaymentModel | 'total', Money>;
  costOfSale: number | null;
  cac: Money | null;
  customersBrought: number;
  repeatPurchaseRate: number | null;
  assistedConversions: number;
  previousQuarter: { attributedRevenue: Money; attributedConversions: number; clicks: number; commissionCost: Money };
  changePercent: {
    attributedRevenue: number | null;
    attributedConversions: number | null;
    clicks: number | null;
    commissionCost: number | null;
  };
}

export interface RoleGroupReport extends GroupReport {
  role: FunnelRole;
}

export interface TypeGroupReport extends GroupReport {
  type: PartnerType;
}

export interface PartnerGroupReport extends PartnerDescription, GroupReport {}

/** The role mix against the brand's target; `target` and `gapPoints` are null without one. */
export interface TargetMixReport {
  set: boolean;
  roles: { role: FunnelRole; target: number | null; actual: number; gapPoints: number | null }[];
}

export interface MerReport {
  totalRevenue: Money;
  affiliateCost: Money;
  otherSpend: Money;
  otherSpendByChannel: { channel: string; amount: Money }[];
  totalSpend: Money;
  mer: number | null;
  affiliateShareOfSpend: number | null;
}

export interface ModelRow {
  lastClick: Money;
  firstClick: Money;
  linear: Money;
  settlement: Money;
  lastClickVerdict: LastClickVerdict;
}

export interface ModelComparison {
  models: string[];
  settlementModel: string;
  byRole: (ModelRow & { role: FunnelRole })[];
  byType: (ModelRow & { type: PartnerType })[];
  byPartner: (ModelRow & PartnerDescription)[];
  /** Partner names. */
  overValuedByLastClick: string[];
  underValuedByLastClick: string[];
}

export type ShapleyMethod = 'exact' | 'sampled';

export interface ShapleyRow {
  conversions: number;
  revenue: Money;
  share: number;
}

export interface MarkovRow {
  removalEffect: number;
  share: number;
  conversions: number;
  revenue: Money;
}

export interface DataDrivenReport {
  shapley: {
    method: string;
    worth: string;
    byRole: (ShapleyRow & { role: FunnelRole })[];
    byRoleMethod: ShapleyMethod;
    byType: (ShapleyRow & { type: PartnerType })[];
    byTypeMethod: ShapleyMethod;
    /** Random joining orders per type, when there were too many types for exact values. */
    samples?: number;
  };
  markov: {
    method: string;
    lookbackDays: number;
    journeys: { converting: number; nonConverting: number };
    conversionProbability: number;
    /** Roles and types as the transitions name them. */
    byRole: (MarkovRow & { role: string })[];
    byType: (MarkovRow & { type: string })[];
  };
}

export interface ChannelRevenueRow {
  channel: string;
  conversions: number;
  revenue: Money;
  revenueShare: number | null;
  noVisibleTouchRevenue: Money;
  noVisibleTouchShare: number | null;
}

export interface SourceRevenueRow {
  source: string;
  conversions: number;
  revenue: Money;
  revenueShare: number | null;
}

export interface QualityReport {
  /** Most hits first. */
  byPartner: (PartnerDescription & { hits: Record<string, number>; total: number })[];
  total: number;
}

export interface SpendLine {
  channel: string;
  amountMinor: number;
}

/** Orders of the quarter by the channel they were placed in and what found their journey. */
export interface ChannelSourceRow {
  /** As posted (`web`, `app`, `marketplace`, `ai_assistant`, `other`), or `unspecified`. */
  channel: string;
  /** `click_id`, `customer_key`, `code`, or `none` (no visible touch). */
  source: string;
  conversions: number;
  revenueMinor: number;
}

/** A quality rule's hits on a partner in the quarter. */
export interface QualityHitRow {
  partnerId: string;
  code: string;
  hits: number;
}

export interface ReportInput {
  quarter: string;
  previousQuarter: string;
  currency: string;
  timeZone: string;
  period: { start: Date; end: Date };
  settlementModel: string;
  partners: ReadonlyMap<string, PartnerInfo>;
  current: QuarterFigures;
  previous: QuarterFigures;
  target: MixTarget | null;
  spend: SpendLine[];
  channels: ChannelSourceRow[];
  qualityHits: QualityHitRow[];
  coalitions: JourneyCoalition[];
  markov: {
    lookbackDays: number;
    role: MarkovAttribution;
    type: MarkovAttribution;
    converting: number;
    nonConverting: number;
  };
}

const SHARE_DECIMALS = 4;

/**
 * The partner-mix report from the quarter's aggregated figures: money as decimal strings of the
 * brand currency, shares and rates as numbers rounded to 4 decimals, gaps in points to 1 decimal.
 */
export function partnerMixBody(input: ReportInput): PartnerMixReportBody {
  const { current, previous, currency } = input;
  const money = (minor: number): Money => formatMoney(Math.round(minor), currency);
  const share = (value: number | null): number | null => (value === null ? null : round(value, SHARE_DECIMALS));
  const totalAttributed = current.total.attributedRevenueMinor;

  const group = (now: Figures | undefined, before: Figures | undefined): GroupReport => {
    const figures = now ?? emptyGroup;
    const earlier = before ?? emptyGroup;
    const cost = totalCost(figures);
    const aov = ratio(figures.attributedRevenueMinor, figures.attributedConversions);
    const cac = ratio(cost, figures.newCustomers);
    return {
      activePartners: figures.partners.size,
      clicks: figures.clicks,
      impressions: figures.impressions,
      conversionsTouched: figures.conversionsTouched,
      attributedConversions: round(figures.attributedConversions, SHARE_DECIMALS),
      attributedRevenue: money(figures.attributedRevenueMinor),
      revenueShare: share(ratio(figures.attributedRevenueMinor, totalAttributed)) ?? 0,
      newCustomers: round(figures.newCustomers, SHARE_DECIMALS),
      aov: aov === null ? null : money(aov),
      commission: {
        ...(Object.fromEntries(PAYMENT_MODELS.map((model) => [model, money(figures.costMinor[model])])) as Record<
          PaymentModel,
          Money
        >),
        total: money(cost),
      },
      costOfSale: share(ratio(cost, figures.attributedRevenueMinor)),
      cac: cac === null ? null : money(cac),
      customersBrought: figures.customersBrought,
      repeatPurchaseRate: share(ratio(figures.customersRepeating, figures.customersBrought)),
      assistedConversions: figures.assistedConversions,
      previousQuarter: {
        attributedRevenue: money(earlier.attributedRevenueMinor),
        attributedConversions: round(earlier.attributedConversions, SHARE_DECIMALS),
        clicks: earlier.clicks,
        commissionCost: money(totalCost(earlier)),
      },
      changePercent: {
        attributedRevenue: changePercent(earlier.attributedRevenueMinor, figures.attributedRevenueMinor),
        attributedConversions: changePercent(earlier.attributedConversions, figures.attributedConversions),
        clicks: changePercent(earlier.clicks, figures.clicks),
        commissionCost: changePercent(totalCost(earlier), cost),
      },
    };
  };
  const modelRow = (figures: Figures | undefined): ModelRow => {
    const f = figures ?? emptyGroup;
    return {
      lastClick: money(f.modelRevenue.last_click),
      firstClick: money(f.modelRevenue.first_click),
      linear: money(f.modelRevenue.linear),
      settlement: money(f.attributedRevenueMinor),
      lastClickVerdict: lastClickVerdict(Math.round(f.modelRevenue.last_click), f.attributedRevenueMinor),
    };
  };

  const partnerIds = [
    ...current.byPartner.keys(),
    ...[...previous.byPartner.keys()].filter((id) => !current.byPartner.has(id)),
  ]
    .filter((id) => input.partners.has(id))
    .sort((a, b) => {
      const byRevenue =
        (current.byPartner.get(b)?.attributedRevenueMinor ?? 0) -
        (current.byPartner.get(a)?.attributedRevenueMinor ?? 0);
      const nameA = (input.partners.get(a) as PartnerInfo).name;
      const nameB = (input.partners.get(b) as PartnerInfo).name;
      return byRevenue || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0);
    });
  const types = [...new Set([...current.byType.keys(), ...previous.byType.keys()])].sort();
  const describe = (id: string): PartnerDescription => {
    const partner = input.partners.get(id) as PartnerInfo;
    return { partnerId: id, name: partner.name, role: partner.role, type: partner.type };
  };

  const byRole = FUNNEL_ROLES.map((role) => ({ role, ...group(current.byRole.get(role), previous.byRole.get(role)) }));
  const byType = types.map((type) => ({ type, ...group(current.byType.get(type), previous.byType.get(type)) }));
  const byPartner = partnerIds.map((id) => ({
    ...describe(id),
    ...group(current.byPartner.get(id), previous.byPartner.get(id)),
  }));

  const actual = (role: FunnelRole): number =>
    ratio(current.byRole.get(role)?.attributedRevenueMinor ?? 0, totalAttributed) ?? 0;
  const target: TargetMixReport = {
    set: input.target !== null,
    roles: FUNNEL_ROLES.map((role) => ({
      role,
      target: input.target?.[role] ?? null,
      actual: round(actual(role), SHARE_DECIMALS),
      gapPoints: input.target ? round((actual(role) - input.target[role]) * 100, 1) : null,
    })),
  };

  const affiliateCost = totalCost(current.total);
  const otherSpend = input.spend.reduce((sum, line) => sum + line.amountMinor, 0);
  const totalSpend = affiliateCost + otherSpend;
  const mer: MerReport = {
    totalRevenue: money(current.revenueMinor),
    affiliateCost: money(affiliateCost),
    otherSpend: money(otherSpend),
    otherSpendByChannel: input.spend.map((line) => ({ channel: line.channel, amount: money(line.amountMinor) })),
    totalSpend: money(totalSpend),
    mer: totalSpend > 0 ? round(current.revenueMinor / totalSpend, 2) : null,
    affiliateShareOfSpend: share(ratio(affiliateCost, totalSpend)),
  };

  const partnerModels = partnerIds.map((id) => ({ ...describe(id), ...modelRow(current.byPartner.get(id)) }));
  const modelComparison: ModelComparison = {
    models: ['last_click', 'first_click', 'linear', 'settlement'],
    settlementModel: input.settlementModel,
    byRole: FUNNEL_ROLES.map((role) => ({ role, ...modelRow(current.byRole.get(role)) })),
    byType: types.map((type) => ({ type, ...modelRow(current.byType.get(type)) })),
    byPartner: partnerModels,
    overValuedByLastClick: partnerModels.filter((row) => row.lastClickVerdict === 'over_valued').map((row) => row.name),
    underValuedByLastClick: partnerModels
      .filter((row) => row.lastClickVerdict === 'under_valued')
      .map((row) => row.name),
  };

  const averageCac = ratio(affiliateCost, current.total.newCustomers);
  const advice = recommendations({
    currency,
    averageCacMinor: averageCac,
    totalAttributedMinor: totalAttributed,
    roles: FUNNEL_ROLES.map((role) => {
      const figures = current.byRole.get(role) ?? emptyGroup;
      return {
        role,
        share: actual(role),
        target: input.target?.[role] ?? null,
        cacMinor: ratio(totalCost(figures), figures.newCustomers),
      };
    }),
    partners: partnerIds.map((id) => ({
      name: (input.partners.get(id) as PartnerInfo).name,
      lastClickMinor: Math.round(current.byPartner.get(id)?.modelRevenue.last_click ?? 0),
      settlementMinor: current.byPartner.get(id)?.attributedRevenueMinor ?? 0,
    })),
  });

  return {
    quarter: input.quarter,
    previousQuarter: input.previousQuarter,
    currency,
    timeZone: input.timeZone,
    period: { start: input.period.start.toISOString(), end: input.period.end.toISOString() },
    totals: {
      conversions: current.conversions,
      attributedConversions: current.total.conversionsTouched,
      revenue: money(current.revenueMinor),
      refunded: money(current.refundedMinor),
      attributedRevenue: money(totalAttributed),
      commissionCost: money(affiliateCost),
      newCustomers: round(current.total.newCustomers, SHARE_DECIMALS),
    },
    byRole,
    byType,
    byPartner,
    target,
    mer,
    modelComparison,
    dataDriven: dataDriven(input, money),
    ...channelsAndSources(input.channels, money),
    quality: qualityHits(input, describe),
    recommendations: advice,
    notes: NOTES,
  };
}

/**
 * Revenue by channel and by what found the journey (click id, customer key, promo code, none),
 * with the share that arrived without any visible touch: orders finished in an AI assistant or on
 * a marketplace count in revenue and MER even when no partner can be credited.
 */
function channelsAndSources(
  rows: ChannelSourceRow[],
  money: (minor: number) => Money,
): Pick<PartnerMixReportBody, 'byChannel' | 'bySource' | 'noVisibleTouchShare'> {
  const share = (value: number | null): number | null => (value === null ? null : round(value, SHARE_DECIMALS));
  const total = rows.reduce((sum, row) => sum + row.revenueMinor, 0);
  const sumBy = (key: 'channel' | 'source') => {
    const groups = new Map<string, { conversions: number; revenueMinor: number; noTouchMinor: number }>();
    for (const row of rows) {
      const group = groups.get(row[key]) ?? { conversions: 0, revenueMinor: 0, noTouchMinor: 0 };
      group.conversions += row.conversions;
      group.revenueMinor += row.revenueMinor;
      if (row.source === 'none') group.noTouchMinor += row.revenueMinor;
      groups.set(row[key], group);
    }
    return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  const noTouch = rows.filter((row) => row.source === 'none').reduce((sum, row) => sum + row.revenueMinor, 0);
  return {
    byChannel: sumBy('channel').map(([channel, group]) => ({
      channel,
      conversions: group.conversions,
      revenue: money(group.revenueMinor),
      revenueShare: share(ratio(group.revenueMinor, total)),
      noVisibleTouchRevenue: money(group.noTouchMinor),
      noVisibleTouchShare: share(ratio(group.noTouchMinor, group.revenueMinor)),
    })),
    bySource: sumBy('source').map(([source, group]) => ({
      source,
      conversions: group.conversions,
      revenue: money(group.revenueMinor),
      revenueShare: share(ratio(group.revenueMinor, total)),
    })),
    noVisibleTouchShare: share(ratio(noTouch, total)),
  };
}

/** Quality rule hits per partner (flags on its conversions, flooded days, leaked codes), most first. */
function qualityHits(input: ReportInput, describe: (id: string) => PartnerDescription): QualityReport {
  const byPartner = new Map<string, Record<string, number>>();
  for (const row of input.qualityHits) {
    if (!input.partners.has(row.partnerId)) continue;
    const hits = byPartner.get(row.partnerId) ?? {};
    hits[row.code] = (hits[row.code] ?? 0) + row.hits;
    byPartner.set(row.partnerId, hits);
  }
  const rows = [...byPartner].map(([partnerId, hits]) => ({
    ...describe(partnerId),
    hits,
    total: Object.values(hits).reduce((sum, n) => sum + n, 0),
  }));
  rows.sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { byPartner: rows, total: rows.reduce((sum, row) => sum + row.total, 0) };
}

/** Read-only: the figures of a group with no activity. */
const emptyGroup: Figures = emptyFigures();

/** Shapley (per role, per type) and Markov removal effects, each scaled to the quarter's credited totals. */
function dataDriven(input: ReportInput, money: (minor: number) => Money): DataDrivenReport {
  const { coalitions, current } = input;
  const shapleyBy = <P extends string>(playersOf: (coalition: JourneyCoalition) => readonly P[]) => {
    const players = [...new Set(coalitions.flatMap(playersOf))].sort();
    const mask = (coalition: JourneyCoalition): number =>
      playersOf(coalition).reduce((bits, player) => bits | (1 << players.indexOf(player)), 0);
    const revenue = shapleyValues(
      players.length,
      journeyWorth(coalitions.map((coalition) => ({ coalition: mask(coalition), value: coalition.revenueMinor }))),
    );
    const conversions = shapleyValues(
      players.length,
      journeyWorth(coalitions.map((coalition) => ({ coalition: mask(coalition), value: coalition.conversions }))),
    );
    const totalRevenue = revenue.values.reduce((sum, value) => sum + value, 0);
    return {
      method: revenue.method,
      ...(revenue.samples !== undefined && { samples: revenue.samples }),
      rows: players.map((player, index) => ({
        player,
        conversions: round(conversions.values[index], SHARE_DECIMALS),
        revenue: money(revenue.values[index]),
        share: totalRevenue > 0 ? round(revenue.values[index] / totalRevenue, SHARE_DECIMALS) : 0,
      })),
    };
  };
  const byRole = shapleyBy((coalition) => coalition.roles);
  const byType = shapleyBy((coalition: JourneyCoalition): readonly PartnerType[] => coalition.types);
  const converted = current.total.conversionsTouched;
  const convertedRevenue = coalitions.reduce((sum, coalition) => sum + coalition.revenueMinor, 0);
  const markovRows = (attribution: MarkovAttribution) =>
    attribution.channels.map((channel) => ({
      channel: channel.channel,
      removalEffect: round(channel.removalEffect, SHARE_DECIMALS),
      share: round(channel.share, SHARE_DECIMALS),
      conversions: round(channel.share * converted, SHARE_DECIMALS),
      revenue: money(channel.share * convertedRevenue),
    }));
  return {
    shapley: {
      method:
        byRole.method === 'exact' && byType.method === 'exact'
          ? 'exact Shapley values over every coalition'
          : `Shapley values: ${byRole.method} per role, ${byType.method} per type (random joining orders, seeded)`,
      worth:
        'a coalition is worth the conversions and revenue of the converting journeys whose partners all belong to it',
      byRole: byRole.rows.map(({ player, ...row }) => ({ role: player, ...row })),
      byRoleMethod: byRole.method,
      byType: byType.rows.map(({ player, ...row }) => ({ type: player, ...row })),
      byTypeMethod: byType.method,
      ...(byType.samples !== undefined && { samples: byType.samples }),
    },
    markov: {
      method: 'first-order Markov chain, removal effect',
      lookbackDays: input.markov.lookbackDays,
      journeys: { converting: input.markov.converting, nonConverting: input.markov.nonConverting },
      conversionProbability: round(input.markov.role.conversionProbability, SHARE_DECIMALS),
      byRole: markovRows(input.markov.role).map(({ channel, ...row }) => ({ role: channel, ...row })),
      byType: markovRows(input.markov.type).map(({ channel, ...row }) => ({ type: channel, ...row })),
    },
  };
}

const NOTES = [
  'Roles are those of the touches (the partner role at click time); types are the partners’ types today.',
  'Attributed conversions and revenue follow the settlement model (the credits the ledger was written with); revenue is as ordered, refunds are totalled separately.',
  'Commission cost is the ledger net of clawbacks, rejected entries left out, by the time of what it pays for.',
  'CAC = commission cost / credit-weighted new customers; cost of sale = commission cost / attributed revenue; AOV = attributed revenue / attributed conversions.',
  'Repeat-purchase rate: of the customers whose first new-customer order of the quarter a group touched, the share who ordered again later in the quarter.',
  'Assisted conversions: conversions the group touched without having the last touch.',
  'Last click, first click and linear are credited over the same journeys; a partner is over- or under-valued by last click when last click gives it at least 1.2× more, or less, revenue than the settlement model.',
  'MER = total revenue of the quarter / (affiliate commission cost + other marketing spend); spend covering several quarters is spread over its days.',
];
