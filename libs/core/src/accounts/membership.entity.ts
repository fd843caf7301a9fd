import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Brand, Partner } from '../catalog/index.js';
import { User } from './user.entity.js';

/** What a person may do in the web app, brand by brand: what an API key of that role may do. */
export const MEMBERSHIP_ROLES = ['brand_manager', 'partner'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/**
 * A user's role in one brand (a partner membership names the partner). Deleting the brand or the
 * partner deletes the membership, so a session standing on it stops working at once.
 */
@Entity('memberships')
@Index('memberships_user_brand', ['userId', 'brandId'], { unique: true })
@Index('memberships_brand', ['brandId'])
@Check('memberships_role_check', `role IN ('brand_manager', 'partner')`)
@Check('memberships_partner_check', `(role = 'partner') = (partner_id IS NOT NULL)`)
export class Membership {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @Column({ type: 'varchar', length: 20 })
  role: MembershipRole;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
