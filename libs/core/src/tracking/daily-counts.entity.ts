import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Brand, Partner } from '../catalog/index.js';
import { bigintNumber } from '../platform/index.js';

// The daily counts of tracking, one row per brand, partner and day: impressions, which are only
// ever counted, and clicks once retention has deleted them one by one.

/** Impressions are counted per partner per day (for CPM), not stored one by one. */
@Entity('impressions_daily')
export class ImpressionDay {
  @PrimaryColumn({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  count: number;
}

/**
 * Daily click counts of clicks no longer kept one by one: when retention deletes raw clicks, it
 * adds them here first, in the same transaction, per brand, partner and local day of the brand.
 * A day's clicks are therefore the raw clicks still stored plus this row, whatever was deleted.
 */
@Entity('clicks_daily')
export class ClickDay {
  @PrimaryColumn({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => Brand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<Brand>;

  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<Partner>;

  /** The brand's local calendar day. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  clicks: number;

  /** Of those, the ones that could earn credit (not bots, partner not suspended). */
  @Column({ name: 'creditable_clicks', type: 'bigint', transformer: bigintNumber })
  creditableClicks: number;
}
