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
import { type FunnelRole, type PartnerStatus, type PartnerType } from '#domain';
import { Brand } from '../brands/brand.entity.js';

@Entity('partners')
@Index('partners_brand_id_id', ['brandId', 'id'])
@Index('partners_brand_external_ref', ['brandId', 'externalRef'], { unique: true, where: 'external_ref IS NOT NULL' })
@Check('partners_role_check', `role IN ('awareness', 'consideration', 'conversion', 'retention')`)
@Check(
  'partners_type_check',
  `type IN ('creator', 'content', 'review', 'community', 'coupon', 'cashback', 'loyalty', 'referral', 'sub_network', 'tool')`,
)
@Check('partners_status_check', `status IN ('active', 'suspended')`)
export class Partner {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  type: PartnerType;

  @Column({ type: 'varchar', length: 20 })
  role: FunnelRole;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: PartnerStatus;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** The brand's or network's own id for this partner. */
  @Column({ name: 'external_ref', type: 'varchar', length: 200, nullable: true })
  externalRef: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
