import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Brand, Partner } from '../catalog/index.js';
import { bigintNumber } from '../platform/index.js';

export const STATEMENT_STATUSES = ['issued', 'paid'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

/**
 * A partner's payout statement for a calendar month of the brand. Issued once and never changed
 * afterwards (only marked paid): its lines are the ledger entries that point at it, each entry
 * on exactly one statement. Balance: opening (carried over) + earned = total; the amount due is
 * the total when it reaches the brand's minimum payout, else it is carried forward.
 */
@Entity('statements')
@Index('statements_partner_period', ['partnerId', 'period'], { unique: true })
@Index('statements_brand_period', ['brandId', 'period'])
@Check('statements_status_check', `status IN ('issued', 'paid')`)
export class Statement {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  /** The month in the brand's time zone, "2026-10". */
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Carried over from the partner's previous statement (negative after a large clawback). */
  @Column({ name: 'opening_balance_minor', type: 'bigint', transformer: bigintNumber })
  openingBalanceMinor: number;

  /** The sum of its lines: commissions, bonuses, fees, clawbacks (capped lines count 0). */
  @Column({ name: 'earned_minor', type: 'bigint', transformer: bigintNumber })
  earnedMinor: number;

  @Column({ name: 'total_minor', type: 'bigint', transformer: bigintNumber })
  totalMinor: number;

  /** The brand's minimum payout when the statement was issued. */
  @Column({ name: 'threshold_minor', type: 'bigint', transformer: bigintNumber })
  thresholdMinor: number;

  @Column({ name: 'amount_due_minor', type: 'bigint', transformer: bigintNumber })
  amountDueMinor: number;

  /** What the next statement opens with: the total when nothing is due, else 0. */
  @Column({ name: 'carried_forward_minor', type: 'bigint', transformer: bigintNumber })
  carriedForwardMinor: number;

  @Column({ type: 'varchar', length: 8, default: 'issued' })
  status: StatementStatus;

  /** The payment's reference (bank transfer id, PayPal batch) given when it was marked paid. */
  @Column({ name: 'paid_reference', type: 'varchar', length: 200, nullable: true })
  paidReference: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}
