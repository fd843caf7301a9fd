import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { type CommissionKind, COMMISSION_KINDS, type FunnelRole } from '#domain';
import { Partner } from '../catalog/index.js';
import { bigintNumber, sqlList } from '../platform/index.js';
// Conversions and payouts build on the ledger, so their entities are named here by string and
// imported as types only: a runtime import would load their modules before the ledger's.
import type { Conversion } from '../conversions/index.js';
import type { Statement } from '../payouts/index.js';

// Touches and ledger entries reference their conversion and partner without foreign-key
// constraints. They are the engine's hot path (about ten rows per conversion, written in batches
// while the partners' running totals are locked), and the per-row constraint checks took half of
// their insert time (bench/README.md). The references hold by construction: the engine writes them
// in the transaction that holds the conversion locked, for partners read in that transaction, and
// conversions and partners are never deleted (customer erasure keeps the rows and drops the key).

/**
 * One credited touch of a conversion: the explanation behind its commissions (which click, which
 * role at the time, the model's weight, the role weight, the credit, the revenue it carries).
 * Credits are exact fractions, stored as "15/29".
 */
@Entity('conversion_touches')
@Index('conversion_touches_brand_partner', ['brandId', 'partnerId'])
export class ConversionTouch {
  @PrimaryColumn({ name: 'conversion_id', type: 'uuid' })
  conversionId: string;

  /** No foreign-key constraint: see the note at the top of this file. */
  @ManyToOne('Conversion', { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'conversion_id' })
  conversion?: Relation<Conversion>;

  /**
   * The click; for a promo-code touch (promoCodeId set) a UUID derived from the conversion and the
   * code (codeTouchId), so the key stays (conversion, touch) and never meets a click's UUIDv7.
   */
  @PrimaryColumn({ name: 'click_id', type: 'uuid' })
  clickId: string;

  /** Set when the touch is a promo code used on the conversion rather than a click. */
  @Column({ name: 'promo_code_id', type: 'uuid', nullable: true })
  promoCodeId: string | null;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ type: 'varchar', length: 20 })
  role: FunnelRole;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'base_weight', type: 'varchar', length: 200 })
  baseWeight: string;

  @Column({ name: 'role_weight', type: 'varchar', length: 200 })
  roleWeight: string;

  @Column({ type: 'varchar', length: 200 })
  credit: string;

  @Column({ name: 'attributed_revenue_minor', type: 'bigint', transformer: bigintNumber })
  attributedRevenueMinor: number;
}

export const LEDGER_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

/**
 * The commission ledger: append-only. A refund adds negative entries (clawbacks) and never edits
 * history; only `status` moves (pending → approved after the lock period, or rejected), and
 * `statementId` is set once when the entry goes on a payout statement. Every
 * entry has a deterministic `entryKey`, unique, so a job that runs twice writes it once.
 */
@Entity('commission_entries')
@Index('commission_entries_key', ['entryKey'], { unique: true })
@Index('commission_entries_partner_time', ['brandId', 'partnerId', 'occurredAt'])
@Index('commission_entries_conversion', ['conversionId'])
@Index('commission_entries_approvable', ['approvableAt'], { where: "status = 'pending'" })
// Only entries on a statement: most rows are not (yet), and the index is looked up by statement.
@Index('commission_entries_statement', ['statementId'], { where: 'statement_id IS NOT NULL' })
@Index('commission_entries_unstated', ['brandId', 'partnerId'], {
  where: "status = 'approved' AND statement_id IS NULL",
})
@Check('commission_entries_kind_check', `kind IN (${sqlList(COMMISSION_KINDS)})`)
@Check('commission_entries_status_check', `status IN ('pending', 'approved', 'rejected')`)
export class CommissionEntryRow {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'entry_key', type: 'varchar', length: 200 })
  entryKey: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  /** No foreign-key constraint: see the note at the top of this file. */
  @ManyToOne(() => Partner, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  @Column({ name: 'conversion_id', type: 'uuid', nullable: true })
  conversionId: string | null;

  /** No foreign-key constraint: see the note at the top of this file. */
  @ManyToOne('Conversion', { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'conversion_id' })
  conversion?: Relation<Conversion>;

  /** Set on clawbacks: the reversal (refund) they answer. */
  @Column({ name: 'reversal_id', type: 'uuid', nullable: true })
  reversalId: string | null;

  @Column({ type: 'varchar', length: 24 })
  kind: CommissionKind;

  /** Minor units of `currency`; negative for a clawback, 0 for a capped entry. */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintNumber })
  amountMinor: number;

  /** For a capped entry: what the monthly cap held back (not paid). */
  @Column({ name: 'capped_minor', type: 'bigint', default: 0, transformer: bigintNumber })
  cappedMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: LedgerStatus;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId: string | null;

  @Column({ name: 'rule_index', type: 'int', nullable: true })
  ruleIndex: number | null;

  @Column({ name: 'rate_bps', type: 'int', nullable: true })
  rateBps: number | null;

  @Column({ name: 'tier_index', type: 'int', nullable: true })
  tierIndex: number | null;

  /** The partner's share of the conversion ("15/29"), for conversion entries. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  credit: string | null;

  @Column({ name: 'attributed_revenue_minor', type: 'bigint', nullable: true, transformer: bigintNumber })
  attributedRevenueMinor: number | null;

  /** When what it pays for happened (the conversion's time); periods and caps follow it. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** The end of the lock period (returns window): it is approved from then on. */
  @Column({ name: 'approvable_at', type: 'timestamptz' })
  approvableAt: Date;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** The payout statement it is on; set once, when the statement is issued. */
  @Column({ name: 'statement_id', type: 'uuid', nullable: true })
  statementId: string | null;

  @ManyToOne('Statement', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'statement_id' })
  statement?: Relation<Statement>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
