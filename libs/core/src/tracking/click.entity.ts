import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type FunnelRole } from '#domain';

export const CLICK_SOURCES = ['redirect', 's2s'] as const;
export type ClickSource = (typeof CLICK_SOURCES)[number];

/** Why a recorded click earns no credit. */
export type NotCreditableReason = 'bot' | 'partner_suspended';

/**
 * One click (touchpoint). The table is partitioned by month on `occurred_at` and written in
 * batches by the worker; its schema lives in the migrations alone (`synchronize: false`), since
 * TypeORM does not model partitioning. The primary key holds the partition key, as PostgreSQL
 * requires; a click id is unique on its own because it is a UUIDv7 made once, when the click is.
 */
@Entity('clicks', { synchronize: false })
export class Click {
  @PrimaryColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId: string | null;

  /** The partner's role when the click happened; attribution uses this, not today's role. */
  @Column({ name: 'partner_role', type: 'varchar', length: 20 })
  partnerRole: FunnelRole;

  @Column({ type: 'varchar', length: 10 })
  source: ClickSource;

  /** HMAC of the customer key under the brand's secret (see hashCustomerKey). */
  @Column({ name: 'customer_key_hash', type: 'char', length: 64, nullable: true })
  customerKeyHash: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true }) sub1: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) sub2: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) sub3: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) sub4: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) sub5: string | null;

  /** The /24 (IPv4) or /48 (IPv6) network, never the whole address. */
  @Column({ name: 'ip_prefix', type: 'varchar', length: 64, nullable: true })
  ipPrefix: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @Column({ name: 'is_bot', type: 'boolean', default: false })
  isBot: boolean;

  @Column({ type: 'boolean' })
  creditable: boolean;

  @Column({ name: 'not_creditable_reason', type: 'varchar', length: 32, nullable: true })
  notCreditableReason: NotCreditableReason | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
