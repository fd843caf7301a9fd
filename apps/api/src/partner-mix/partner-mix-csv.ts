import { stringify } from 'csv-stringify/sync';
import { PAYMENT_MODELS } from '#domain';

type Row = Record<string, unknown>;

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

/**
 * The report as one CSV table for spreadsheets: a row per role, type and partner with every figure
 * (model comparison and target mix on the same rows), then the brand's totals, MER, data-driven
 * views and recommendations as `section,key,…,value` rows.
 */
export function partnerMixCsv(report: Row): string {
  const body = report as {
    byRole: Row[];
    byType: Row[];
    byPartner: Row[];
    modelComparison: { byRole: Row[]; byType: Row[]; byPartner: Row[] };
    target: { roles: Row[] };
    totals: Row;
    mer: Row & { otherSpendByChannel: Row[] };
    dataDriven: { shapley: { byRole: Row[]; byType: Row[] }; markov: { byRole: Row[]; byType: Row[] } };
    recommendations: string[];
  };
  const rows: Row[] = [];
  const group = (section: string, key: string, row: Row, models: Row | undefined, target?: Row): Row => {
    const commission = row.commission as Row;
    const previous = row.previousQuarter as Row;
    const change = row.changePercent as Row;
    return {
      section,
      key,
      name: row.name,
      role: row.role,
      type: row.type,
      ...Object.fromEntries(
        GROUP_COLUMNS.filter((column) => column !== 'commissionCost').map((column) => [column, row[column]]),
      ),
      commissionCost: commission.total,
      ...Object.fromEntries(PAYMENT_MODELS.map((model) => [`commission_${model}`, commission[model]])),
      previousAttributedRevenue: previous.attributedRevenue,
      attributedRevenueChangePercent: change.attributedRevenue,
      ...Object.fromEntries(MODEL_COLUMNS.map((model) => [`revenue_${model}`, models?.[model]])),
      targetShare: target?.target,
      actualShare: target?.actual,
      gapPoints: target?.gapPoints,
    };
  };
  body.byRole.forEach((row, index) =>
    rows.push(group('role', row.role as string, row, body.modelComparison.byRole[index], body.target.roles[index])),
  );
  body.byType.forEach((row, index) =>
    rows.push(group('type', row.type as string, row, body.modelComparison.byType[index])),
  );
  body.byPartner.forEach((row, index) =>
    rows.push(group('partner', row.partnerId as string, row, body.modelComparison.byPartner[index])),
  );
  for (const [key, value] of Object.entries(body.totals)) rows.push({ section: 'total', key, value });
  for (const [key, value] of Object.entries(body.mer)) {
    if (key !== 'otherSpendByChannel') rows.push({ section: 'mer', key, value });
  }
  for (const spend of body.mer.otherSpendByChannel) {
    rows.push({ section: 'other_spend', key: spend.channel, value: spend.amount });
  }
  for (const [method, views] of Object.entries(body.dataDriven)) {
    for (const [dimension, label] of [
      ['byRole', 'role'],
      ['byType', 'type'],
    ] as const) {
      for (const row of (views as Record<string, Row[]>)[dimension]) {
        rows.push({
          section: `${method}_${label}`,
          key: row[label],
          [label]: row[label],
          attributedConversions: row.conversions,
          attributedRevenue: row.revenue,
          revenueShare: row.share,
          value: row.removalEffect,
        });
      }
    }
  }
  body.recommendations.forEach((sentence, index) =>
    rows.push({ section: 'recommendation', key: index + 1, value: sentence }),
  );
  return stringify(rows, { header: true, columns: COLUMNS, cast: { boolean: (value) => String(value) } });
}
