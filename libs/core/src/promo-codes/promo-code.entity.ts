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
import { Brand, Partner } from '../catalog/index.js';
import { Conversion } from '../conversions/index.js';

/**
 * A promo (coupon) code a brand manager gave a partner. Unique per brand without regard to case:
 * `codeKey` is the upper-cased code conversions are matched on; `code` is kept as it was typed.
 */
@Entity('promo_codes')
@Index('promo_codes_brand_code', ['brandId', 'codeKey'], { unique: true })
@Index('promo_codes_brand_partner_id', ['brandId', 'partnerId', 'id'])
@Check('promo_codes_validity_check', 'valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to')
export class PromoCode {
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

  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ name: 'code_key', type: 'varchar', length: 64 })
  codeKey: string;

  /** Open-ended when null; both ends included. */
  @Column({ name: 'valid_from', type: 'timestamptz', nullable: true })
  validFrom: Date | null;

  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true })
  validTo: Date | null;

  /**
   * Only for the partner's own audience: a conversion with this code counts only when its
   * customer has a click of the partner in the journey; otherwise it is flagged, not credited.
   */
  @Column({ name: 'exclusive_to_audience', type: 'boolean', default: false })
  exclusiveToAudience: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const CODE_FLAGS = ['code_leak', 'code_outside_audience'] as const;
export type CodeFlag = (typeof CODE_FLAGS)[number];

/**
 * Quality flags the promo-code rules raise on a conversion: `code_leak` (the code was used by many
 * different customers within minutes, as codes leaked to coupon sites are) and
 * `code_outside_audience` (a code exclusive to its partner's audience used by a customer without a
 * click of that partner; the code was not credited). Written once (primary key).
 */
@Entity('conversion_code_flags')
@Index('conversion_code_flags_brand', ['brandId', 'flag'])
@Check('conversion_code_flags_flag_check', `flag IN ('code_leak', 'code_outside_audience')`)
export class ConversionCodeFlag {
  @PrimaryColumn({ name: 'conversion_id', type: 'uuid' })
  conversionId: string;

  @ManyToOne(() => Conversion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversion_id' })
  conversion?: Relation<Conversion>;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  flag: CodeFlag;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'promo_code_id', type: 'uuid' })
  promoCodeId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
