import { stringify } from 'csv-stringify/sync';
import PDFDocument from 'pdfkit';
import { type CommissionKind, formatMoney } from '#domain';
import { type FastifyReply } from 'fastify';
import {
  balanceNote,
  type PresentedStatementLine,
  presentStatement,
  type Statement,
  type StatementDocument,
  type StatementLine,
  type StatementParties,
  type StatementsService,
} from '#core/payouts/index.js';

const KIND_LABELS: Record<CommissionKind, string> = {
  cps: 'Commission (CPS)',
  cpa: 'Commission (CPA)',
  new_customer_bonus: 'New-customer bonus',
  capped: 'Commission over the monthly cap',
  cpc: 'Clicks (CPC)',
  cpm: 'Impressions (CPM)',
  flat_fee: 'Flat fee',
};

/** "15/29" as a percentage with two decimals: "51.72 %". */
function sharePercent(credit: string | null): string | null {
  if (!credit) return null;
  const [numerator, denominator = '1'] = credit.split('/');
  return `${((Number(numerator) / Number(denominator)) * 100).toFixed(2)} %`;
}

export function presentLine(line: StatementLine, currency: string): PresentedStatementLine {
  const money = (minor: number | null): string | null => (minor === null ? null : formatMoney(minor, currency));
  return {
    entryId: line.entryId,
    date: line.date,
    kind: line.kind,
    transactionId: line.transactionId,
    orderAmount: money(line.orderMinor),
    credit: line.credit,
    creditShare: sharePercent(line.credit),
    attributedRevenue: money(line.attributedRevenueMinor),
    rule: line.ruleIndex,
    rateBps: line.rateBps,
    tier: line.tierIndex,
    commission: formatMoney(line.amountMinor, currency),
    ...(line.kind === 'capped' && { cappedAmount: formatMoney(line.cappedMinor, currency) }),
    otherPartners: line.otherPartners,
    reasonCode: line.reason?.code ?? null,
    reason: line.reason?.message ?? null,
  };
}

/** The lines as CSV, one row each, for a partner's or an accountant's spreadsheet. */
export function statementCsv(statement: Statement, lines: StatementLine[]): string {
  return stringify(
    lines.map((line) => {
      const row = presentLine(line, statement.currency);
      return [
        row.date,
        KIND_LABELS[line.kind] ?? line.kind,
        row.transactionId,
        row.orderAmount,
        row.creditShare,
        row.attributedRevenue,
        row.rule,
        row.rateBps,
        row.tier,
        row.commission,
        row.cappedAmount ?? null,
        row.otherPartners,
        row.reasonCode,
        row.reason,
      ];
    }),
    {
      header: true,
      columns: [
        'date',
        'kind',
        'transaction_id',
        'order_amount',
        'credit_share',
        'attributed_revenue',
        'rule',
        'rate_bps',
        'tier',
        'commission',
        'capped_amount',
        'other_partners',
        'reason_code',
        'reason',
      ],
      cast: { number: (value) => String(value) },
    },
  );
}

/** Finance's list for a month: every partner with an amount due, one row each. */
export function financeCsv(
  rows: (Statement & { partnerName: string; partnerExternalRef: string | null; partnerEmail: string | null })[],
): string {
  return stringify(
    rows.map((row) => [
      row.id,
      row.partnerId,
      row.partnerName,
      row.partnerExternalRef,
      row.partnerEmail,
      row.period,
      row.currency,
      formatMoney(row.amountDueMinor, row.currency),
      row.status,
      row.paidReference,
    ]),
    {
      header: true,
      columns: [
        'statement_id',
        'partner_id',
        'partner_name',
        'external_ref',
        'email',
        'period',
        'currency',
        'amount_due',
        'status',
        'paid_reference',
      ],
    },
  );
}

/**
 * The statement as a PDF a partner can file: brand, partner, period, every line, the totals and
 * what happens to the balance. Amounts are written with the currency's own decimals.
 */
export async function statementPdf(
  statement: Statement,
  parties: StatementParties,
  lines: StatementLine[],
): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `Statement ${statement.period}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const money = (minor: number): string => `${formatMoney(minor, statement.currency)} ${statement.currency}`;

  doc.font('Helvetica-Bold').fontSize(16).text(`${parties.brandName}: partner statement`);
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  doc.text(`Partner: ${parties.partnerName}${parties.partnerExternalRef ? ` (${parties.partnerExternalRef})` : ''}`);
  doc.text(`Period: ${statement.period} (${parties.timezone})`);
  doc.text(`Statement: ${statement.id}`);
  doc.text(`Issued: ${statement.issuedAt.toISOString().slice(0, 10)}   Status: ${statement.status}`);
  doc.moveDown();

  const columns = [
    { title: 'Date', width: 58 },
    { title: 'Item', width: 110 },
    { title: 'Order', width: 80 },
    { title: 'Order amount', width: 62, right: true },
    { title: 'Share', width: 44, right: true },
    { title: 'Attributed', width: 58, right: true },
    { title: 'Rate', width: 40, right: true },
    { title: 'Commission', width: 63, right: true },
  ];
  const row = (cells: (string | null)[], bold = false): void => {
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    let height = 0;
    cells.forEach((cell, index) => {
      const column = columns[index];
      doc.text(cell ?? '', x, y, { width: column.width - 4, align: column.right ? 'right' : 'left' });
      height = Math.max(height, doc.y - y);
      x += column.width;
    });
    doc.x = doc.page.margins.left;
    doc.y = y + height + 2;
    if (doc.y > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
  };
  row(
    columns.map((column) => column.title),
    true,
  );
  for (const line of lines) {
    const shown = presentLine(line, statement.currency);
    const rate =
      line.rateBps === null
        ? ''
        : `${(line.rateBps / 100).toFixed(2)} %${line.tierIndex !== null ? ` (tier ${line.tierIndex + 1})` : ''}`;
    row([
      line.date,
      KIND_LABELS[line.kind] ?? line.kind,
      line.transactionId ?? '',
      shown.orderAmount as string | null,
      shown.creditShare as string | null,
      shown.attributedRevenue as string | null,
      rate,
      shown.commission as string,
    ]);
    const notes = [
      line.otherPartners > 0
        ? `${line.otherPartners} other partner${line.otherPartners === 1 ? '' : 's'} took part.`
        : '',
      line.reason?.message ?? '',
    ].filter(Boolean);
    if (notes.length) {
      doc
        .font('Helvetica-Oblique')
        .fontSize(7)
        .text(notes.join(' '), doc.page.margins.left + 58, doc.y, { width: 450 });
      doc.x = doc.page.margins.left;
      doc.moveDown(0.2);
    }
  }
  if (lines.length === 0) doc.font('Helvetica').fontSize(9).text('No new entries this month.');

  doc.moveDown();
  const totals: [string, number][] = [
    ['Opening balance', statement.openingBalanceMinor],
    ['Earned this period', statement.earnedMinor],
    ['Total', statement.totalMinor],
    ['Minimum payout', statement.thresholdMinor],
    ['Amount due', statement.amountDueMinor],
    ['Carried forward', statement.carriedForwardMinor],
  ];
  for (const [label, minor] of totals) {
    const y = doc.y;
    doc.font(label === 'Amount due' ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    doc.text(label, doc.page.margins.left, y, { width: 200 });
    doc.text(money(minor), doc.page.margins.left + 200, y, { width: 150, align: 'right' });
    doc.x = doc.page.margins.left;
  }
  doc.moveDown().font('Helvetica').fontSize(9).text(balanceNote(statement));
  if (statement.status === 'paid') {
    doc.text(`Paid on ${statement.paidAt?.toISOString().slice(0, 10)}, reference ${statement.paidReference}.`);
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

/**
 * One statement as `format` asks: JSON (the statement with its parties and lines), or its lines as
 * CSV, or the PDF document; CSV and PDF set their content type and file name on `reply`. The same
 * for a manager and for the statement's partner.
 */
export async function statementDocument(
  statements: StatementsService,
  statement: Statement,
  format: 'json' | 'csv' | 'pdf',
  reply: FastifyReply,
): Promise<StatementDocument | string | Buffer> {
  const parties = await statements.parties(statement);
  const lines = await statements.lines(statement, parties.timezone);
  const filename = `statement-${statement.period}-${parties.partnerName.replace(/[^A-Za-z0-9]+/g, '-')}`;
  if (format === 'csv') {
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}.csv"`);
    return statementCsv(statement, lines);
  }
  if (format === 'pdf') {
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${filename}.pdf"`);
    return statementPdf(statement, parties, lines);
  }
  return {
    ...presentStatement(statement),
    brand: parties.brandName,
    partner: { id: statement.partnerId, name: parties.partnerName, externalRef: parties.partnerExternalRef },
    lines: lines.map((line) => presentLine(line, statement.currency)),
  } satisfies StatementDocument;
}
