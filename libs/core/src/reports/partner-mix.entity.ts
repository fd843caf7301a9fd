import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Brand } from '../catalog/index.js';
import { bigintNumber } from '../platform/index.js';
import type { PartnerMixReportBody } from './partner-mix-body.js';

/** numeric arrives from `pg` as a string; shares have 4 decimals, exact in a double's shortest form. */
const shareNumber = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** The brand's target share of attributed revenue per funnel role (one row per brand, replaced by PUT). */
@Entity('partner_mix_targets')
@Check(
  'partner_mix_targets_sum_check',
  'awareness + consideration + conversion + retention = 1 AND LEAST(awareness, consideration, conversion, retention) >= 0',
)
export class PartnerMixTarget {
  @PrimaryColumn({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @OneToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: shareNumber })
  awareness: number;

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: shareNumber })
  consideration: number;

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: shareNumber })
  conversion: number;

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: shareNumber })
  retention: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Other marketing spend (ads, TV, agencies…) by channel and period, for the brand's MER. */
@Entity('marketing_spend')
@Index('marketing_spend_brand_period', ['brandId', 'periodStart'])
@Check('marketing_spend_period_check', 'period_end >= period_start')
@Check('marketing_spend_amount_check', 'amount_minor >= 0')
export class MarketingSpend {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @Column({ type: 'varchar', length: 100 })
  channel: string;

  /** First and last local day of the period the spend covers, both included. */
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintNumber })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_TRIGGERS = ['scheduled', 'on_demand'] as const;
export type ReportTrigger = (typeof REPORT_TRIGGERS)[number];

/**
 * A partner-mix report of one brand and quarter: built by the worker, scheduled when the quarter
 * closes in the brand's time zone (one per brand and quarter) or asked for on demand (any number).
 */
@Entity('partner_mix_reports')
@Index('partner_mix_reports_brand', ['brandId', 'id'])
@Index('partner_mix_reports_scheduled', ['brandId', 'quarter'], { unique: true, where: "trigger = 'scheduled'" })
@Index('partner_mix_reports_queued', ['createdAt'], { where: "status = 'queued'" })
@Check('partner_mix_reports_status_check', `status IN ('queued', 'running', 'done', 'failed')`)
@Check('partner_mix_reports_trigger_check', `trigger IN ('scheduled', 'on_demand')`)
export class PartnerMixReport {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  /** "2026-Q4", in the brand's time zone. */
  @Column({ type: 'varchar', length: 7 })
  quarter: string;

  @Column({ type: 'varchar', length: 12, default: 'queued' })
  status: ReportStatus;

  @Column({ type: 'varchar', length: 12 })
  trigger: ReportTrigger;

  /** The report once built (partnerMixBody), as it was built then. */
  @Column({ type: 'jsonb', nullable: true })
  body: PartnerMixReportBody | null;

  /** Why the build failed, for a failed report. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
