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
import { Brand } from '../brands/brand.entity.js';
import { Partner } from '../partners/partner.entity.js';

/** Roles a stored key can have; the operator's key lives in the environment, not here. */
export const API_KEY_ROLES = ['brand_manager', 'network', 'partner'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** An API key of one brand (and, for the partner role, one partner). Only its hash is stored. */
@Entity('api_keys')
@Index('api_keys_brand_id_id', ['brandId', 'id'])
@Check('api_keys_role_check', `role IN ('brand_manager', 'network', 'partner')`)
@Check('api_keys_partner_check', `(role = 'partner') = (partner_id IS NOT NULL)`)
export class ApiKey {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @Column({ type: 'varchar', length: 20 })
  role: ApiKeyRole;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The first characters of the key, safe to show so that support can tell keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** SHA-256 of the whole key, hex. Keys carry 192 random bits, so a fast hash is enough. */
  @Index('api_keys_key_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  /**
   * Secret of the key's postback signatures (HMAC-SHA256), shown once. Kept as is, since
   * verifying a signature needs it; null for partner keys and for keys made before signatures.
   */
  @Column({ name: 'signing_secret', type: 'varchar', length: 64, nullable: true })
  signingSecret: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
