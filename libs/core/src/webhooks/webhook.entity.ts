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
import { Brand, Partner } from '../catalog/index.js';

export const ENDPOINT_KINDS = ['webhook', 'postback'] as const;
/** A signed JSON webhook, or a partner's postback template fired with GET. */
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];
export const ENDPOINT_STATUSES = ['active', 'disabled'] as const;
export type EndpointStatus = (typeof ENDPOINT_STATUSES)[number];
export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead'] as const;
/** `dead`: the last attempt failed (or the endpoint was disabled or removed): the dead-letter view. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Where a brand (partner_id null) or a partner hears about events: a webhook URL with its signing
 * secret, or a partner's postback URL template. The secret is kept as it is (it signs every
 * delivery) and shown to the owner once; after a rotation the previous one signs too until
 * `previous_secret_expires_at`.
 */
@Entity('webhook_endpoints')
@Index('webhook_endpoints_brand_partner', ['brandId', 'partnerId'])
@Check('webhook_endpoints_kind_check', `kind IN ('webhook', 'postback')`)
@Check('webhook_endpoints_status_check', `status IN ('active', 'disabled')`)
export class WebhookEndpoint {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  /** The owning partner; null for the brand's own endpoints. */
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  @Column({ type: 'varchar', length: 10 })
  kind: EndpointKind;

  /** The URL, or for a postback the URL template with macros. */
  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  secret: string | null;

  @Column({ name: 'previous_secret', type: 'varchar', length: 100, nullable: true })
  previousSecret: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status: EndpointStatus;

  /** Why the endpoint was disabled, for its owner. */
  @Column({ name: 'disabled_reason', type: 'varchar', length: 500, nullable: true })
  disabledReason: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** The first failed attempt since the last success; null while deliveries succeed. */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One event for one endpoint: the exact body (or postback URL) sent on every attempt, so that
 * retries and replays carry the same event id. Unique per endpoint and event: a relay that runs
 * twice makes it once.
 */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_endpoint_event', ['endpointId', 'eventId'], { unique: true })
@Index('webhook_deliveries_endpoint_id', ['endpointId', 'id'])
@Index('webhook_deliveries_not_enqueued', ['createdAt'], { where: 'enqueued_at IS NULL' })
@Check('webhook_deliveries_status_check', `status IN ('pending', 'delivered', 'dead')`)
export class WebhookDelivery {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: Relation<WebhookEndpoint>;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'varchar', length: 40 })
  eventType: string;

  /** The JSON body of a webhook, or the expanded URL of a postback. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: DeliveryStatus;

  /** Attempts made so far, replays included. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  /** When its job reached the queue; null ones are enqueued by the relay's sweep. */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One attempt of a delivery, as its owner sees it in the delivery log. */
@Entity('webhook_attempts')
@Index('webhook_attempts_delivery', ['deliveryId'])
export class WebhookAttempt {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: Relation<WebhookDelivery>;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  /** The HTTP status; null when no response came (refused, timed out, blocked). */
  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ name: 'latency_ms', type: 'int' })
  latencyMs: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  /** The start of the response body (the body itself is read up to 64 KB, then cut off). */
  @Column({ name: 'response_excerpt', type: 'varchar', length: 1024, nullable: true })
  responseExcerpt: string | null;
}
