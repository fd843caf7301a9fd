import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { type FunnelRole, type PartnerType } from '#domain';
import { Brand, Partner } from '../catalog/index.js';

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * Someone asking to join a brand's program through its public page (`/apply/{slug}`). A manager
 * approves it (which makes the partner and invites the applicant) or rejects it with a reason.
 * One pending application per e-mail and brand (the partial unique index).
 */
@Entity('partner_applications')
@Index('partner_applications_brand_status', ['brandId', 'status', 'id'])
@Index('partner_applications_pending_email', ['brandId', 'email'], { unique: true, where: `status = 'pending'` })
@Check('partner_applications_status_check', `status IN ('pending', 'approved', 'rejected')`)
export class PartnerApplication {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Lower-cased, trimmed: the address the invite (or the rejection) goes to. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  website: string | null;

  /** The partner type the applicant says they are. */
  @Column({ type: 'varchar', length: 20 })
  type: PartnerType;

  /** The funnel role the applicant expects to play; the manager decides on approval when absent. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  role: FunnelRole | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: ApplicationStatus;

  /** Why it was rejected, as mailed to the applicant. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The partner an approval made. */
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  /** Who decided: `api_key:<id>` or `user:<id>`. */
  @Column({ name: 'decided_by', type: 'varchar', length: 80, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** On the business clock. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The applicant's network, never the whole address (truncateIp: IPv4 /24, IPv6 /48). */
  @Column({ name: 'ip_prefix', type: 'varchar', length: 64, nullable: true })
  ipPrefix: string | null;
}
