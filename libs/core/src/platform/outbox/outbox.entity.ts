import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { type OutboxFactType } from './events.js';

/**
 * The transactional outbox: a fact written in the same transaction as the change it describes,
 * so that a crash can delay its webhooks but never lose or invent one. The relay (worker) turns
 * rows into deliveries and deletes them in one transaction.
 */
@Entity('outbox_events')
@Index('outbox_events_created', ['createdAt'])
export class OutboxEvent {
  @PrimaryColumn('uuid')
  id: string;

  /** No foreign key: rows live for a moment, and the engine writes hundreds per transaction. */
  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ type: 'varchar', length: 40 })
  type: OutboxFactType;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
