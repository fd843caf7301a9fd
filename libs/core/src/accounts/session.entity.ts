import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Brand } from '../catalog/index.js';
import { User } from './user.entity.js';

/**
 * A signed-in browser. The cookie holds a random secret of which only the SHA-256 is stored; `id`
 * is a separate public id, the one listed and revoked through the API. Idle and absolute expiry
 * are worked out from last_seen_at and created_at with the configured hours and days.
 */
@Entity('sessions')
export class Session {
  @PrimaryColumn('uuid')
  id: string;

  /** SHA-256 of the cookie's secret, hex. */
  @Index('sessions_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Index('sessions_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** The brand the person acts in now (null: an operator, or nobody's member any more). */
  @Column({ name: 'active_brand_id', type: 'uuid', nullable: true })
  activeBrandId: string | null;

  @ManyToOne(() => Brand, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'active_brand_id' })
  activeBrand?: Relation<Brand>;

  /** Sent back in X-CSRF-Token on every unsafe request the cookie authorises. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Updated at most once a minute, so that reads don't all write. */
  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
