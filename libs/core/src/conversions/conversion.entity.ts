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
  UpdateDateColumn,
} from 'typeorm';
import { Brand } from '../catalog/index.js';
import { bigintNumber } from '../platform/index.js';

export const CONVERSION_STATUSES = ['pending', 'review', 'approved', 'rejected', 'reversed'] as const;
export type ConversionStatus = (typeof CONVERSION_STATUSES)[number];
/**
 * Why a conversion was rejected: by the brand's own system (postback) or by a manager. Quality
 * rules never reject: a flagged conversion waits in review for the manager's decision.
 */
export const CONVERSION_STATUS_REASONS = ['advertiser_rejected', 'manual_rejection'] as const;
export type ConversionStatusReason = (typeof CONVERSION_STATUS_REASONS)[number];

/** Statuses a network or the brand may post; `reversed` only comes from reversals. */
export const POSTED_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type PostedStatus = (typeof POSTED_STATUSES)[number];

/** What found the journey, in priority order: the click id, the customer key, the promo code; or nothing. */
export type JourneySource = 'click_id' | 'customer_key' | 'code' | 'none';

/** Where the purchase was completed; many of these leave no click to see. */
export const CONVERSION_CHANNELS = ['web', 'app', 'marketplace', 'ai_assistant', 'other'] as const;
export type ConversionChannel = (typeof CONVERSION_CHANNELS)[number];

export const CONVERSION_SOURCES = ['api', 'postback'] as const;
export type ConversionSource = (typeof CONVERSION_SOURCES)[number];

/** A purchase (or other conversion) the brand's server or a network reported. */
@Entity('conversions')
@Index('conversions_brand_transaction', ['brandId', 'transactionId'], { unique: true })
@Index('conversions_brand_occurred', ['brandId', 'occurredAt'])
@Index('conversions_brand_coupon', ['brandId', 'couponCode', 'occurredAt'], { where: 'coupon_code IS NOT NULL' })
@Index('conversions_not_enqueued', ['createdAt'], { where: 'enqueued_at IS NULL' })
@Check('conversions_status_check', `status IN ('pending', 'review', 'approved', 'rejected', 'reversed')`)
@Check('conversions_amount_check', 'amount_minor >= 0 AND reversed_minor >= 0 AND reversed_minor <= amount_minor')
export class Conversion {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  /** The brand's own order id, unique per brand: the idempotency key of every postback. */
  @Column({ name: 'transaction_id', type: 'varchar', length: 128 })
  transactionId: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintNumber })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'click_id', type: 'uuid', nullable: true })
  clickId: string | null;

  @Column({ name: 'customer_key_hash', type: 'char', length: 64, nullable: true })
  customerKeyHash: string | null;

  @Column({ name: 'new_customer', type: 'boolean', nullable: true })
  newCustomer: boolean | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: ConversionStatus;

  /**
   * Why it has its status, when that needs saying (a rejection): a code from
   * CONVERSION_STATUS_REASONS, and the manager's note if any. Partners see both.
   */
  @Column({ name: 'status_reason', type: 'varchar', length: 32, nullable: true })
  statusReason: ConversionStatusReason | null;

  @Column({ name: 'status_note', type: 'varchar', length: 500, nullable: true })
  statusNote: string | null;

  /** Sum of all reversals (refunds) so far. */
  @Column({ name: 'reversed_minor', type: 'bigint', default: 0, transformer: bigintNumber })
  reversedMinor: number;

  /** Advertiser sub-values of GET postbacks (adv1..adv5): stored and shown, not used. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  adv: Record<string, string>;

  @Column({ type: 'varchar', length: 10 })
  source: ConversionSource;

  /** The promo code used, upper-cased (codes are case-insensitive); kept whether or not it is assigned. */
  @Column({ name: 'coupon_code', type: 'varchar', length: 64, nullable: true })
  couponCode: string | null;

  /** Where it was completed (web, app, marketplace, ai_assistant, other); null when not said. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  channel: ConversionChannel | null;

  /** The agent that completed the checkout (an AI assistant's name), when said. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  agent: string | null;

  /** SHA-256 of the fields the caller sent, to tell a replay (200) from a conflicting body (409). */
  @Column({ type: 'char', length: 64 })
  fingerprint: string;

  /** When the engine credited its journey (null until then); the engine does it once. */
  @Column({ name: 'attributed_at', type: 'timestamptz', nullable: true })
  attributedAt: Date | null;

  /** What found the journey: the click id, the customer key, the promo code, or nothing (unattributed). */
  @Column({ name: 'journey_source', type: 'varchar', length: 16, nullable: true })
  journeySource: JourneySource | null;

  /** The commission plan version applied. */
  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId: string | null;

  /** When its attribution job reached the queue; null ones are picked up by the sweeper. */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A full or partial refund of a conversion; history is never edited, only added to. */
@Entity('conversion_reversals')
@Index('conversion_reversals_key', ['conversionId', 'reversalKey'], { unique: true, where: 'reversal_key IS NOT NULL' })
@Index('conversion_reversals_not_enqueued', ['createdAt'], { where: 'enqueued_at IS NULL' })
@Check('conversion_reversals_amount_check', 'amount_minor > 0')
export class ConversionReversal {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'conversion_id', type: 'uuid' })
  conversionId: string;

  @ManyToOne(() => Conversion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversion_id' })
  conversion?: Relation<Conversion>;

  /** The caller's id for this reversal, making its replays harmless. */
  @Column({ name: 'reversal_key', type: 'varchar', length: 128, nullable: true })
  reversalKey: string | null;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintNumber })
  amountMinor: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
