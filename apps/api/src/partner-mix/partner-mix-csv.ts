import { stringify } from 'csv-stringify/sync';
import { PAYMENT_MODELS } from '#domain';
import {
  type GroupReport,
  type ModelRow,
  type PartnerDescription,
  type PartnerMixReportBody,
  type TargetMixReport,
} from '#core/reports/index.js';

const GROUP_COLUMNS = [
  'activePartners',
  'clicks',
  'impressions',
  'conversionsTouched',
  'attributedConversions',
  'attributedRevenue',
  'revenueShare',
  'newCustomers',
  'aov',
  'commissionCost',
  'costOfSale',
  'cac',
  'customersBrought',
  'repeatPurchaseRate',
  'assistedConversions',
] as const;
const MODEL_COLUMNS = ['lastClick', 'firstClick', 'linear', 'settlement', 'lastClickVerdict'] as const;
const COLUMNS = [
  'section',
  'key',
  'name',
  'role',
  'type',
  ...GROUP_COLUMNS,
  ...PAYMENT_MODELS.map((model) => `commission_${model}`),
  'previousAttributedRevenue',
  'attributedRevenueChangePercent',
  ...MODEL_COLUMNS.map((model) => `revenue_${model}`),
  'targetShare',
  'actualShare',
  'gapPoints',
  'value',
];

type Row = Record<string, unknown>;
type TargetRole = TargetMixReport['roles'][number];

/**
 * The report as one CSV table for spreadsheets: a row per role, type and partner with every figure
 * (model comparison and target mix on the same rows), then the brand's totals, MER, data-driven
 * views and recommendations as `section,key,…,value` rows.
 */
export function partnerMixCsv(body: PartnerMixReportBody): string {
  const rows: Row[] = [];
  const group = (
    section: string,
    key: string,
    row: GroupReport & Partial<PartnerDescription>,
    models: ModelRow | undefined,
    target?: TargetRole,
  ): Row => ({
    section,
    key,
    name: row.name,
    role: row.role,
    type: row.type,
    ...Object.fromEntries(
      GROUP_COLUMNS.map((column) => [column, column === 'commissionCost' ? row.commission.total : row[column]]),
    ),
    ...Object.fromEntries(PAYMENT_MODELS.map((model) => [`commission_${model}`, row.commission[model]])),
    previousAttributedRevenue: row.previousQuarter.attributedRevenue,
    attributedRevenueChangePercent: row.changePercent.attributedRevenue,
    ...Object.fromEntries(MODEL_COLUMNS.map((model) => [`revenue_${model}`, models?.[model]])),
    targetShare: target?.target,
    actualShare: target?.actual,
    gapPoints: target?.gapPoints,
  });
  body.byRole.forEach((row, index) =>
    rows.push(group('role', row.role, row, body.modelComparison.byRole[index], body.target.roles[index])),
  );
  body.byType.forEach((row, index) => rows.push(group('type', row.type, row, body.modelComparison.byType[index])));
  body.byPartner.forEach((row, index) =>
    rows.push(group('partner', row.partnerId, row, body.modelComparison.byPartner[index])),
  );
  for (const [key, value] of Object.entries(body.totals)) rows.push({ section: 'total', key, value });
  for (const [key, value] of Object.entries(body.mer)) {
    if (key !== 'otherSpendByChannel') rows.push({ section: 'mer', key, value });
  }
  for (const spend of body.mer.otherSpendByChannel) {
    rows.push({ section: 'other_spend', key: spend.channel, value: spend.amount });
  }
  const { shapley, markov } = body.dataDriven;
  const dataDriven = (
    section: string,
    label: 'role' | 'type',
    player: string,
    row: { conversions: number; revenue: string; share: number; removalEffect?: number },
  ): Row => ({
    section,
    key: player,
    [label]: player,
    attributedConversions: row.conversions,
    attributedRevenue: row.revenue,
    revenueShare: row.share,
    value: row.removalEffect,
  });
  // Markov before Shapley, as these rows have always come (in the stored body's key order).
  for (const row of markov.byRole) rows.push(dataDriven('markov_role', 'role', row.role, row));
  for (const row of markov.byType) rows.push(dataDriven('markov_type', 'type', row.type, row));
  for (const row of shapley.byRole) rows.push(dataDriven('shapley_role', 'role', row.role, row));
  for (const row of shapley.byType) rows.push(dataDriven('shapley_type', 'type', row.type, row));
  body.recommendations.forEach((sentence, index) =>
    rows.push({ section: 'recommendation', key: index + 1, value: sentence }),
  );
  return stringify(rows, { header: true, columns: COLUMNS, cast: { boolean: (value) => String(value) } });
}
