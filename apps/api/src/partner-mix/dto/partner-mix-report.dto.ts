import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { FUNNEL_ROLES, type FunnelRole, type LastClickVerdict, PARTNER_TYPES, type PartnerType } from '#domain';
import {
  type ChannelRevenueRow,
  type DataDrivenReport,
  type GroupReport,
  type MarkovRow,
  type MerReport,
  type ModelComparison,
  type ModelRow,
  type PartnerDescription,
  type PartnerGroupReport,
  type PartnerMixReportBody,
  type QualityReport,
  REPORT_STATUSES,
  REPORT_TRIGGERS,
  type ReportTotals,
  type RoleGroupReport,
  type ShapleyMethod,
  type ShapleyRow,
  type SourceRevenueRow,
  type TargetMixReport,
  type TypeGroupReport,
} from '#core/reports/index.js';

// The response classes of GET /v1/reports/partner-mix/{id}: each implements the interface of
// libs/core/src/reports/partner-mix-body.ts that the builder returns (or a part of it, named
// below), so the two cannot drift.
type ReportPeriod = PartnerMixReportBody['period'];
type CommissionByModel = GroupReport['commission'];
type PreviousQuarterFigures = GroupReport['previousQuarter'];
type ChangePercent = GroupReport['changePercent'];
type TargetRole = TargetMixReport['roles'][number];
type SpendByChannel = MerReport['otherSpendByChannel'][number];
type RoleModelRow = ModelComparison['byRole'][number];
type TypeModelRow = ModelComparison['byType'][number];
type ShapleyReport = DataDrivenReport['shapley'];
type RoleShapleyRow = ShapleyReport['byRole'][number];
type TypeShapleyRow = ShapleyReport['byType'][number];
type MarkovReport = DataDrivenReport['markov'];
type RoleMarkovRow = MarkovReport['byRole'][number];
type TypeMarkovRow = MarkovReport['byType'][number];
type MarkovJourneys = MarkovReport['journeys'];
type PartnerQualityRow = QualityReport['byPartner'][number];

/** A decimal string in the report's currency (`currency` beside it). */
const money = (description = 'A decimal string in the report currency.') => ({
  type: String,
  example: '1234.50',
  description,
});
const MONEY = money();
const MONEY_OR_NULL = { ...MONEY, nullable: true };
const SHARE = { type: Number, example: 0.2513, description: '0..1, 4 decimals.' };
const INTEGER = { type: 'integer' } as const;
const ROLE = { enum: FUNNEL_ROLES };
const TYPE = { enum: PARTNER_TYPES };
const VERDICTS = ['over_valued', 'under_valued', 'in_line'] as const satisfies readonly LastClickVerdict[];
const SHAPLEY_METHODS = ['exact', 'sampled'] as const satisfies readonly ShapleyMethod[];

export class ReportPeriodResponse implements ReportPeriod {
  @ApiProperty({ example: '2026-06-30T22:00:00.000Z', description: "The quarter's first instant." }) start: string;
  @ApiProperty({ example: '2026-09-30T22:00:00.000Z', description: "The next quarter's first instant." }) end: string;
}

export class ReportTotalsResponse implements ReportTotals {
  @ApiProperty({ ...INTEGER, description: 'Every conversion of the quarter, attributed or not (not rejected).' })
  conversions: number;
  @ApiProperty({ ...INTEGER, description: 'Conversions with at least one credited touch.' })
  attributedConversions: number;
  @ApiProperty(money('All orders of the quarter, as ordered.')) revenue: string;
  @ApiProperty(MONEY) refunded: string;
  @ApiProperty(MONEY) attributedRevenue: string;
  @ApiProperty(money('The ledger net of clawbacks, rejected entries left out.')) commissionCost: string;
  @ApiProperty({ type: Number, description: 'Credit-weighted.' }) newCustomers: number;
}

export class CommissionByModelResponse implements CommissionByModel {
  @ApiProperty(MONEY) cps: string;
  @ApiProperty(MONEY) cpa: string;
  @ApiProperty(MONEY) newCustomerBonus: string;
  @ApiProperty(MONEY) cpc: string;
  @ApiProperty(MONEY) cpm: string;
  @ApiProperty(MONEY) flatFee: string;
  @ApiProperty(MONEY) total: string;
}

export class PreviousQuarterFiguresResponse implements PreviousQuarterFigures {
  @ApiProperty(MONEY) attributedRevenue: string;
  @ApiProperty({ type: Number }) attributedConversions: number;
  @ApiProperty(INTEGER) clicks: number;
  @ApiProperty(MONEY) commissionCost: string;
}

/** Change from the previous quarter in percent, 1 decimal; null when the previous quarter had none. */
export class ChangePercentResponse implements ChangePercent {
  @ApiProperty({ type: Number, nullable: true }) attributedRevenue: number | null;
  @ApiProperty({ type: Number, nullable: true }) attributedConversions: number | null;
  @ApiProperty({ type: Number, nullable: true }) clicks: number | null;
  @ApiProperty({ type: Number, nullable: true }) commissionCost: number | null;
}

/** The figures of one group (a role, a type or a partner) in the quarter. */
class GroupReportResponse implements GroupReport {
  @ApiProperty(INTEGER) activePartners: number;
  @ApiProperty(INTEGER) clicks: number;
  @ApiProperty(INTEGER) impressions: number;
  @ApiProperty(INTEGER) conversionsTouched: number;
  @ApiProperty({ type: Number, description: "Sum of the settlement model's credit." }) attributedConversions: number;
  @ApiProperty(MONEY) attributedRevenue: string;
  @ApiProperty({ ...SHARE, description: "Of all partners' attributed revenue, 0..1." }) revenueShare: number;
  @ApiProperty({ type: Number, description: 'Credit-weighted.' }) newCustomers: number;
  @ApiProperty({ ...MONEY_OR_NULL, description: 'Attributed revenue / attributed conversions.' }) aov: string | null;
  @ApiProperty({ type: CommissionByModelResponse }) commission: CommissionByModelResponse;
  @ApiProperty({ type: Number, nullable: true, description: 'Commission cost / attributed revenue.' })
  costOfSale: number | null;
  @ApiProperty({ ...MONEY_OR_NULL, description: 'Commission cost / credit-weighted new customers.' })
  cac: string | null;
  @ApiProperty(INTEGER) customersBrought: number;
  @ApiProperty({ type: Number, nullable: true }) repeatPurchaseRate: number | null;
  @ApiProperty({ ...INTEGER, description: 'Conversions touched without the last touch.' }) assistedConversions: number;
  @ApiProperty({ type: PreviousQuarterFiguresResponse }) previousQuarter: PreviousQuarterFiguresResponse;
  @ApiProperty({ type: ChangePercentResponse }) changePercent: ChangePercentResponse;
}

export class RoleGroupResponse extends GroupReportResponse implements RoleGroupReport {
  @ApiProperty(ROLE) role: FunnelRole;
}

export class TypeGroupResponse extends GroupReportResponse implements TypeGroupReport {
  @ApiProperty(TYPE) type: PartnerType;
}

export class PartnerGroupResponse extends GroupReportResponse implements PartnerGroupReport {
  @ApiProperty() partnerId: string;
  @ApiProperty() name: string;
  @ApiProperty(ROLE) role: FunnelRole;
  @ApiProperty(TYPE) type: PartnerType;
}

export class TargetRoleResponse implements TargetRole {
  @ApiProperty(ROLE) role: FunnelRole;
  @ApiProperty({ ...SHARE, nullable: true, description: 'The target share; null without a target.' })
  target: number | null;
  @ApiProperty({ ...SHARE, description: 'Its share of attributed revenue.' }) actual: number;
  @ApiProperty({ type: Number, nullable: true, description: 'actual − target in points, 1 decimal.' })
  gapPoints: number | null;
}

export class TargetMixResponse implements TargetMixReport {
  @ApiProperty({ description: 'Whether the brand has set a target mix.' }) set: boolean;
  @ApiProperty({ type: [TargetRoleResponse] }) roles: TargetRoleResponse[];
}

export class SpendByChannelResponse implements SpendByChannel {
  @ApiProperty() channel: string;
  @ApiProperty(money('Its part in the quarter (spend over several quarters is spread over its days).'))
  amount: string;
}

export class MerResponse implements MerReport {
  @ApiProperty(MONEY) totalRevenue: string;
  @ApiProperty(MONEY) affiliateCost: string;
  @ApiProperty(MONEY) otherSpend: string;
  @ApiProperty({ type: [SpendByChannelResponse] }) otherSpendByChannel: SpendByChannelResponse[];
  @ApiProperty(MONEY) totalSpend: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Total revenue / total spend, 2 decimals.' })
  mer: number | null;
  @ApiProperty({ ...SHARE, nullable: true }) affiliateShareOfSpend: number | null;
}

/** Revenue credited to a group by each compared model. */
class ModelRowResponse implements ModelRow {
  @ApiProperty(MONEY) lastClick: string;
  @ApiProperty(MONEY) firstClick: string;
  @ApiProperty(MONEY) linear: string;
  @ApiProperty(money('By the settlement model (the credits the ledger was written with).')) settlement: string;
  @ApiProperty({ enum: VERDICTS }) lastClickVerdict: LastClickVerdict;
}

export class RoleModelRowResponse extends ModelRowResponse implements RoleModelRow {
  @ApiProperty(ROLE) role: FunnelRole;
}

export class TypeModelRowResponse extends ModelRowResponse implements TypeModelRow {
  @ApiProperty(TYPE) type: PartnerType;
}

export class PartnerModelRowResponse extends ModelRowResponse implements PartnerDescription {
  @ApiProperty() partnerId: string;
  @ApiProperty() name: string;
  @ApiProperty(ROLE) role: FunnelRole;
  @ApiProperty(TYPE) type: PartnerType;
}

export class ModelComparisonResponse implements ModelComparison {
  @ApiProperty({ type: [String], example: ['last_click', 'first_click', 'linear', 'settlement'] }) models: string[];
  @ApiProperty({ example: 'role_weighted over position_based' }) settlementModel: string;
  @ApiProperty({ type: [RoleModelRowResponse] }) byRole: RoleModelRowResponse[];
  @ApiProperty({ type: [TypeModelRowResponse] }) byType: TypeModelRowResponse[];
  @ApiProperty({ type: [PartnerModelRowResponse] }) byPartner: PartnerModelRowResponse[];
  @ApiProperty({ type: [String], description: 'Partner names.' }) overValuedByLastClick: string[];
  @ApiProperty({ type: [String], description: 'Partner names.' }) underValuedByLastClick: string[];
}

class ShapleyRowResponse implements ShapleyRow {
  @ApiProperty({ type: Number }) conversions: number;
  @ApiProperty(MONEY) revenue: string;
  @ApiProperty(SHARE) share: number;
}

export class RoleShapleyResponse extends ShapleyRowResponse implements RoleShapleyRow {
  @ApiProperty(ROLE) role: FunnelRole;
}

export class TypeShapleyResponse extends ShapleyRowResponse implements TypeShapleyRow {
  @ApiProperty(TYPE) type: PartnerType;
}

export class ShapleyResponse implements ShapleyReport {
  @ApiProperty() method: string;
  @ApiProperty() worth: string;
  @ApiProperty({ type: [RoleShapleyResponse] }) byRole: RoleShapleyResponse[];
  @ApiProperty({ enum: SHAPLEY_METHODS }) byRoleMethod: ShapleyMethod;
  @ApiProperty({ type: [TypeShapleyResponse] }) byType: TypeShapleyResponse[];
  @ApiProperty({ enum: SHAPLEY_METHODS }) byTypeMethod: ShapleyMethod;
  @ApiPropertyOptional({ ...INTEGER, description: 'Random joining orders, when values were sampled.' })
  samples?: number;
}

class MarkovRowResponse implements MarkovRow {
  @ApiProperty({ type: Number }) removalEffect: number;
  @ApiProperty(SHARE) share: number;
  @ApiProperty({ type: Number }) conversions: number;
  @ApiProperty(MONEY) revenue: string;
}

export class RoleMarkovResponse extends MarkovRowResponse implements RoleMarkovRow {
  @ApiProperty({ example: 'awareness' }) role: string;
}

export class TypeMarkovResponse extends MarkovRowResponse implements TypeMarkovRow {
  @ApiProperty({ example: 'creator' }) type: string;
}

export class MarkovJourneysResponse implements MarkovJourneys {
  @ApiProperty(INTEGER) converting: number;
  @ApiProperty(INTEGER) nonConverting: number;
}

export class MarkovResponse implements MarkovReport {
  @ApiProperty() method: string;
  @ApiProperty(INTEGER) lookbackDays: number;
  @ApiProperty({ type: MarkovJourneysResponse }) journeys: MarkovJourneysResponse;
  @ApiProperty({ type: Number }) conversionProbability: number;
  @ApiProperty({ type: [RoleMarkovResponse] }) byRole: RoleMarkovResponse[];
  @ApiProperty({ type: [TypeMarkovResponse] }) byType: TypeMarkovResponse[];
}

export class DataDrivenResponse implements DataDrivenReport {
  @ApiProperty({ type: ShapleyResponse }) shapley: ShapleyResponse;
  @ApiProperty({ type: MarkovResponse }) markov: MarkovResponse;
}

export class ChannelRevenueResponse implements ChannelRevenueRow {
  @ApiProperty({ example: 'ai_assistant', description: 'As posted, or `unspecified`.' }) channel: string;
  @ApiProperty(INTEGER) conversions: number;
  @ApiProperty(MONEY) revenue: string;
  @ApiProperty({ ...SHARE, nullable: true }) revenueShare: number | null;
  @ApiProperty(MONEY) noVisibleTouchRevenue: string;
  @ApiProperty({ ...SHARE, nullable: true }) noVisibleTouchShare: number | null;
}

export class SourceRevenueResponse implements SourceRevenueRow {
  @ApiProperty({ example: 'click_id', description: '`click_id`, `customer_key`, `code` or `none`.' }) source: string;
  @ApiProperty(INTEGER) conversions: number;
  @ApiProperty(MONEY) revenue: string;
  @ApiProperty({ ...SHARE, nullable: true }) revenueShare: number | null;
}

export class PartnerQualityResponse implements PartnerQualityRow {
  @ApiProperty() partnerId: string;
  @ApiProperty() name: string;
  @ApiProperty(ROLE) role: FunnelRole;
  @ApiProperty(TYPE) type: PartnerType;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { ctit_too_short: 2 },
    description: 'Hits by quality rule code.',
  })
  hits: Record<string, number>;
  @ApiProperty(INTEGER) total: number;
}

export class QualityResponse implements QualityReport {
  @ApiProperty({ type: [PartnerQualityResponse] }) byPartner: PartnerQualityResponse[];
  @ApiProperty(INTEGER) total: number;
}

/** The figures of a built report. */
export class PartnerMixReportBodyResponse implements PartnerMixReportBody {
  @ApiProperty({ example: '2026-Q3', description: "In the brand's time zone." }) quarter: string;
  @ApiProperty({ example: '2026-Q2' }) previousQuarter: string;
  @ApiProperty({ example: 'EUR', description: 'The currency of every amount of the report.' }) currency: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone: string;
  @ApiProperty({ type: ReportPeriodResponse }) period: ReportPeriodResponse;
  @ApiProperty({ type: ReportTotalsResponse }) totals: ReportTotalsResponse;
  @ApiProperty({ type: [RoleGroupResponse], description: 'Every funnel role, in funnel order.' })
  byRole: RoleGroupResponse[];
  @ApiProperty({ type: [TypeGroupResponse] }) byType: TypeGroupResponse[];
  @ApiProperty({ type: [PartnerGroupResponse], description: 'Most attributed revenue first.' })
  byPartner: PartnerGroupResponse[];
  @ApiProperty({ type: TargetMixResponse }) target: TargetMixResponse;
  @ApiProperty({ type: MerResponse }) mer: MerResponse;
  @ApiProperty({ type: ModelComparisonResponse }) modelComparison: ModelComparisonResponse;
  @ApiProperty({ type: DataDrivenResponse }) dataDriven: DataDrivenResponse;
  @ApiProperty({ type: [ChannelRevenueResponse] }) byChannel: ChannelRevenueResponse[];
  @ApiProperty({ type: [SourceRevenueResponse] }) bySource: SourceRevenueResponse[];
  @ApiProperty({ ...SHARE, nullable: true, description: 'Of the revenue, the share no visible touch found.' })
  noVisibleTouchShare: number | null;
  @ApiProperty({ type: QualityResponse }) quality: QualityResponse;
  @ApiProperty({ type: [String] }) recommendations: string[];
  @ApiProperty({ type: [String], description: 'How the figures are worked out.' }) notes: string[];
}

/** A report as lists give it: its state, without the figures. */
export class PartnerMixReportSummary {
  @ApiProperty() id: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status: (typeof REPORT_STATUSES)[number];
  @ApiProperty({ example: '2026-Q3' }) quarter: string;
  @ApiProperty({ enum: REPORT_TRIGGERS }) trigger: (typeof REPORT_TRIGGERS)[number];
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) completedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why the build failed; failed reports only.' })
  error?: string | null;
}

/** What POST /v1/reports/partner-mix answers: the report recorded, queued for the worker. */
export class PartnerMixReportRequested {
  @ApiProperty({ description: 'Read the report (and its progress) at GET /v1/reports/partner-mix/{id}.' }) id: string;
  @ApiProperty({ enum: REPORT_STATUSES, example: 'queued' }) status: (typeof REPORT_STATUSES)[number];
  @ApiProperty({ example: '2026-Q3' }) quarter: string;
}

/** A report: its state, and once `status` is `done` every field of the built report as well. */
export class PartnerMixReportResponse extends IntersectionType(
  PartnerMixReportSummary,
  PartialType(OmitType(PartnerMixReportBodyResponse, ['quarter'] as const)),
) {}

export class PartnerMixReportPage {
  @ApiProperty({ type: [PartnerMixReportSummary] }) data: PartnerMixReportSummary[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
