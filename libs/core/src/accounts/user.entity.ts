import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A person who signs in to the web app. Brands and partners reach them through memberships. */
@Entity('users')
export class User {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-cased, so that the unique index is case-insensitive. */
  @Index('users_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Argon2id, in its PHC string form (parameters and salt included). */
  @Column({ name: 'password_hash', type: 'varchar', length: 256 })
  passwordHash: string;

  /** Operators run the platform: their sessions act as the operator key does. */
  @Column({ name: 'is_operator', type: 'boolean', default: false })
  isOperator: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'password_changed_at', type: 'timestamptz' })
  passwordChangedAt: Date;
}
