// The partner-mix report of the demo's simulated quarter: sets a target mix and some other
// marketing spend, asks the API for the report of the quarter the traffic fell in, waits for the
// worker to build it and renders it as readable tables.

/** The quarter ("2026-Q4") an instant falls in on the clocks of a time zone. */
function quarterOf(instant, timeZone) {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
    .format(instant)
    .split('-')
    .map(Number);
  return {
    key: `${year}-Q${Math.floor((month - 1) / 3) + 1}`,
    first: `${year}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`,
  };
}

const table = (headers, rows) => {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i] ?? '').length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? String(cell ?? '').padEnd(widths[i]) : String(cell ?? '').padStart(widths[i])))
      .join('  ');
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)]
    .map((text) => `  ${text}`)
    .join('\n');
};
const pct = (share) => (share === null || share === undefined ? '–' : `${(share * 100).toFixed(1)} %`);
const num = (value, decimals = 1) => (value === null || value === undefined ? '–' : Number(value).toFixed(decimals));
const dash = (value) => value ?? '–';

export async function partnerMixReport({ call, managerKey, timeZone, trafficMiddle, say }) {
  const quarter = quarterOf(trafficMiddle, timeZone);
  await call('PUT', '/v1/partner-mix/target', managerKey, {
    awareness: 0.35,
    consideration: 0.25,
    conversion: 0.25,
    retention: 0.15,
  });
  await call('POST', '/v1/spend', managerKey, {
    channel: 'paid_social',
    periodStart: quarter.first,
    periodEnd: new Date(Date.parse(`${quarter.first}T00:00:00Z`) + 89 * 86400e3).toISOString().slice(0, 10),
    amount: '6000.00',
    currency: 'EUR',
  });
  say(`asking for the partner-mix report of ${quarter.key}`);
  const { id } = await call('POST', '/v1/reports/partner-mix', managerKey, { quarter: quarter.key });
  let report;
  for (let tries = 0; tries < 600; tries++) {
    report = await call('GET', `/v1/reports/partner-mix/${id}`, managerKey);
    if (report.status === 'done' || report.status === 'failed') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (report.status !== 'done')
    return { id, text: `  the report did not complete: ${report.status} ${report.error ?? ''}` };

  const roleRows = report.byRole.map((row, index) => {
    const mix = report.target.roles[index];
    return [
      row.role,
      row.activePartners,
      row.clicks,
      num(row.attributedConversions),
      row.attributedRevenue,
      pct(row.revenueShare),
      pct(mix.target),
      mix.gapPoints === null ? '–' : `${mix.gapPoints > 0 ? '+' : ''}${mix.gapPoints.toFixed(1)}`,
      row.commission.total,
      pct(row.costOfSale),
      dash(row.cac),
      pct(row.repeatPurchaseRate),
      row.assistedConversions,
    ];
  });
  const models = new Map(report.modelComparison.byPartner.map((row) => [row.partnerId, row]));
  const partnerRows = report.byPartner.map((row) => {
    const model = models.get(row.partnerId);
    return [
      row.name,
      row.role,
      num(row.attributedConversions),
      row.attributedRevenue,
      model.lastClick,
      model.linear,
      model.lastClickVerdict.replace('_', '-'),
      row.commission.total,
      dash(row.cac),
      dash(row.aov),
    ];
  });
  const shapley = new Map(report.dataDriven.shapley.byRole.map((row) => [row.role, row]));
  const markov = new Map(report.dataDriven.markov.byRole.map((row) => [row.role, row]));
  const dataRows = report.byRole.map((row, index) => [
    row.role,
    report.modelComparison.byRole[index].lastClick,
    row.attributedRevenue,
    dash(shapley.get(row.role)?.revenue),
    dash(markov.get(row.role)?.revenue),
    num(markov.get(row.role)?.removalEffect, 3),
  ]);
  const { mer, totals } = report;
  const text = `Partner-mix report ${report.quarter} (${report.timeZone}, to date), EUR — settlement model ${report.modelComparison.settlementModel}
${totals.conversions} orders, revenue ${totals.revenue} (refunded ${totals.refunded}), attributed ${totals.attributedRevenue}, commission ${totals.commissionCost}

By funnel role (share of attributed revenue against the target mix; gap in points):
${table(['role', 'partners', 'clicks', 'conv.', 'revenue', 'share', 'target', 'gap', 'commission', 'cost/sale', 'CAC', 'repeat', 'assisted'], roleRows)}

By partner (settlement revenue beside last click and linear):
${table(['partner', 'role', 'conv.', 'revenue', 'last click', 'linear', 'last click says', 'commission', 'CAC', 'AOV'], partnerRows)}

Data-driven views by role (revenue; ${report.dataDriven.shapley.byRoleMethod} Shapley, first-order Markov over ${report.dataDriven.markov.journeys.converting} converting and ${report.dataDriven.markov.journeys.nonConverting} non-converting journeys):
${table(['role', 'last click', 'settlement', 'Shapley', 'Markov', 'removal effect'], dataRows)}

MER ${dash(mer.mer)} = revenue ${mer.totalRevenue} / (affiliate ${mer.affiliateCost} + other spend ${mer.otherSpend}); affiliate is ${pct(mer.affiliateShareOfSpend)} of spend

Recommendations:
${report.recommendations.length ? report.recommendations.map((sentence) => `  - ${sentence}`).join('\n') : '  (none: the mix is on target)'}`;
  return { id, text };
}
