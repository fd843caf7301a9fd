import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { type QualityFlagCode } from '#domain';
import { Brand, Partner } from '../catalog/index.js';
import { Conversion } from '../conversions/index.js';

/**
 * A quality rule's hit: on a conversion (it goes to review), or on a partner's day (click
 * flooding). Counted per partner in reports; shown with its evidence on the conversion.
 */
@Entity('quality_flags')
@Index('quality_flags_conversion', ['conversionId'])
@Index('quality_flags_brand_partner', ['brandId', 'partnerId', 'createdAt'])
@Index('quality_flags_partner_day', ['partnerId', 'day', 'code'], { unique: true, where: 'conversion_id IS NULL' })
export class QualityFlagRow {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @Column({ name: 'conversion_id', type: 'uuid', nullable: true })
  conversionId: string | null;

  @ManyToOne(() => Conversion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversion_id' })
  conversion?: Relation<Conversion>;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  /** For a partner's day (click flooding): the local date in the brand's time zone. */
  @Column({ type: 'date', nullable: true })
  day: string | null;

  @Column({ type: 'varchar', length: 32 })
  code: QualityFlagCode;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  evidence: Record<string, string | number | boolean>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A customer key a partner registered as its own (staff, household): its conversions are self-referrals. */
@Entity('partner_customer_keys')
@Index('partner_customer_keys_brand_key', ['brandId', 'customerKeyHash'])
export class PartnerCustomerKey {
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  /** HMAC of the customer key under the brand's secret, as conversions store it. */
  @PrimaryColumn({ name: 'customer_key_hash', type: 'char', length: 64 })
  customerKeyHash: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
