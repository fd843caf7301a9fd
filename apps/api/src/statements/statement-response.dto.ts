import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMISSION_KINDS, type CommissionKind, ENTRY_REASON_CODES, type EntryReasonCode } from '#domain';
import {
  type ListedStatement,
  type PresentedStatement,
  type PresentedStatementLine,
  type StatementDocument,
  type StatementRun,
} from '#core/payouts/index.js';

// The response classes of the statement routes: each implements the interface of
// libs/core/src/payouts/statement-presenter.ts that the presenters return, so the two cannot drift.

/** A decimal string in the statement's currency (`currency` beside it). */
const money = (description = 'A decimal string in the statement currency.') => ({
  type: String,
  example: '125.40',
  description,
});
type StatementPartner = StatementDocument['partner'];

const STATUSES = ['issued', 'paid'] as const satisfies readonly PresentedStatement['status'][];

export class StatementResponse implements PresentedStatement {
  @ApiProperty() id: string;
  @ApiProperty() partnerId: string;
  @ApiProperty({ example: '2026-10', description: "The month in the brand's time zone." }) period: string;
  @ApiProperty({ example: 'EUR', description: 'The currency of every amount of the statement.' }) currency: string;
  @ApiProperty({ enum: STATUSES }) status: PresentedStatement['status'];
  @ApiProperty(money("Carried over from the partner's previous statement (negative after a large clawback)."))
  openingBalance: string;
  @ApiProperty(money('The sum of its lines: commissions, bonuses, fees, clawbacks.')) earned: string;
  @ApiProperty(money('Opening balance + earned.')) total: string;
  @ApiProperty(money("The brand's minimum payout when the statement was issued.")) minimumPayout: string;
  @ApiProperty(money('The total when it reaches the minimum payout, else 0.')) amountDue: string;
  @ApiProperty(money('What the next statement opens with.')) carriedForward: string;
  @ApiProperty({ example: '125.40 EUR is due to be paid.', description: 'The sentence under the totals.' })
  note: string;
  @ApiProperty() issuedAt: string;
  @ApiProperty({ type: String, nullable: true }) paidAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The payment reference given when marked paid.' })
  paidReference: string | null;
}

export class StatementPage {
  @ApiProperty({ type: [StatementResponse] }) data: StatementResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ListedStatementResponse extends StatementResponse implements ListedStatement {
  @ApiProperty({ example: 'DealDrop Coupons' }) partnerName: string;
  @ApiProperty(money('What refunds took back on this statement (0 or negative): part of `earned`.'))
  clawbacks: string;
}

export class ListedStatementPage {
  @ApiProperty({ type: [ListedStatementResponse] }) data: ListedStatementResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class StatementsPaidResponse {
  @ApiProperty({ type: [StatementResponse], description: 'The statements, now paid.' }) data: StatementResponse[];
}

const RUN_STATES = ['queued', 'running', 'failed', 'idle'] as const satisfies readonly StatementRun['state'][];

export class StatementRunResponse implements StatementRun {
  @ApiProperty({ example: '2026-10' }) period: string;
  @ApiProperty({ description: 'The job of the run: one per brand and month.' }) jobId: string;
  @ApiProperty({
    enum: RUN_STATES,
    description:
      'queued or running: wait; failed: `error` says why (run it again); idle: no run is queued or running ' +
      '(a finished run leaves the queue), `statements` counts what the month has.',
  })
  state: StatementRun['state'];
  @ApiProperty({ type: 'integer', description: 'Attempts made; a failed attempt is retried.' }) attempts: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed.' }) error: string | null;
  @ApiProperty({ type: 'integer', description: 'How many statements the month has now.' }) statements: number;
}

export class StatementLineResponse implements PresentedStatementLine {
  @ApiProperty({ description: 'The ledger entry.' }) entryId: string;
  @ApiProperty({
    example: '2026-10-14',
    description: 'The local date (brand time zone) of the order, or of the day a fee is for.',
  })
  date: string;
  @ApiProperty({ enum: COMMISSION_KINDS }) kind: CommissionKind;
  @ApiProperty({ type: String, nullable: true, description: "The order's transaction id; null for fees." })
  transactionId: string | null;
  @ApiProperty({ ...money(), nullable: true }) orderAmount: string | null;
  @ApiProperty({ type: String, nullable: true, example: '15/29', description: "The partner's share of the order." })
  credit: string | null;
  @ApiProperty({ type: String, nullable: true, example: '51.72 %' }) creditShare: string | null;
  @ApiProperty({ ...money(), nullable: true }) attributedRevenue: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "The plan rule's index." }) rule: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) rateBps: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) tier: number | null;
  @ApiProperty(money()) commission: string;
  @ApiPropertyOptional(money('On `capped` lines only: what the monthly cap kept back.')) cappedAmount?: string;
  @ApiProperty({ type: 'integer', description: 'How many other partners took part in the order (never who).' })
  otherPartners: number;
  @ApiProperty({ enum: ENTRY_REASON_CODES, nullable: true, description: 'Why it pays less than it might.' })
  reasonCode: EntryReasonCode | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class StatementPartnerResponse implements StatementPartner {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) externalRef: string | null;
}

export class StatementDocumentResponse extends StatementResponse implements StatementDocument {
  @ApiProperty({ description: "The brand's name." }) brand: string;
  @ApiProperty({ type: StatementPartnerResponse }) partner: StatementPartnerResponse;
  @ApiProperty({ type: [StatementLineResponse] }) lines: StatementLineResponse[];
}
