import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Brand } from '../brands/brand.entity.js';
import { Partner } from '../partners/partner.entity.js';

/** A tracking link: `/c/{code}` redirects to `destinationUrl` with a click id appended. */
@Entity('links')
@Index('links_brand_partner_id', ['brandId', 'partnerId', 'id'])
export class Link {
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

  /** Unique across all brands, since the redirect URL carries no brand. */
  @Index('links_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ name: 'destination_url', type: 'text' })
  destinationUrl: string;

  /** Sub-ids the link's URL carries (`?sub1=…`), so its clicks arrive with them (campaign, placement). */
  @Column({ type: 'varchar', length: 255, nullable: true }) sub1: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) sub2: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) sub3: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) sub4: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) sub5: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
