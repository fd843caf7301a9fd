import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_QUALITY_SETTINGS } from '#domain';
import { type ClickRecord } from './click-record.js';

const COLUMNS = [
  'id',
  'occurred_at',
  'received_at',
  'brand_id',
  'partner_id',
  'link_id',
  'partner_role',
  'source',
  'customer_key_hash',
  'sub1',
  'sub2',
  'sub3',
  'sub4',
  'sub5',
  'ip_prefix',
  'user_agent',
  'is_bot',
  'creditable',
  'not_creditable_reason',
] as const;

/** Rows per INSERT: 19 columns × 1,000 rows stays well under PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 1000;

/**
 * Writes clicks to PostgreSQL in multi-row INSERTs. Idempotent: a click delivered twice (a stream
 * entry re-read after a crash, or written by the API's fallback as well) is stored once.
 */
@Injectable()
export class ClickWriterService {
  /** Months whose partition is known to exist, as 'YYYY-MM'. */
  private readonly partitions = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores the clicks; returns how many were new. */
  async write(clicks: ClickRecord[]): Promise<number> {
    try {
      return await this.insert(clicks);
    } catch (error) {
      // 23514: no partition for a row. Retention dropped a month this process still thought it
      // had (a late click for it): create it again and write once more.
      if ((error as { driverError?: { code?: string } }).driverError?.code !== '23514') throw error;
      this.partitions.clear();
      return this.insert(clicks);
    }
  }

  private async insert(clicks: ClickRecord[]): Promise<number> {
    if (clicks.length === 0) return 0;
    await this.ensurePartitions(clicks);
    let inserted = 0;
    for (let start = 0; start < clicks.length; start += ROWS_PER_INSERT) {
      const chunk = clicks.slice(start, start + ROWS_PER_INSERT);
      const values: unknown[] = [];
      const rows = chunk.map((click, row) => {
        values.push(
          click.id,
          click.occurredAt,
          click.receivedAt,
          click.brandId,
          click.partnerId,
          click.linkId,
          click.partnerRole,
          click.source,
          click.customerKeyHash,
          click.sub1,
          click.sub2,
          click.sub3,
          click.sub4,
          click.sub5,
          click.ipPrefix,
          click.userAgent,
          click.isBot,
          click.creditable,
          click.notCreditableReason,
        );
        const base = row * COLUMNS.length;
        return `(${COLUMNS.map((_, column) => `$${base + column + 1}`).join(', ')})`;
      });
      const result: unknown[] = await this.dataSource.query(
        `INSERT INTO clicks (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}
         ON CONFLICT (id, occurred_at) DO NOTHING RETURNING id`,
        values,
      );
      inserted += result.length;
    }
    if (inserted > 0) await this.markFloods(clicks);
    return inserted;
  }

  /**
   * Click flooding: when more clicks than the brand allows came from one IP prefix for one
   * partner within a minute, all of that minute's clicks stop being creditable, and the partner's
   * local day is flagged (once). Checked after each batch, over what PostgreSQL holds for the
   * minutes the batch touched, so clicks spread over several batches are counted together.
   */
  private async markFloods(clicks: ClickRecord[]): Promise<void> {
    const groups = new Map<string, [string, string, string, string]>();
    for (const click of clicks) {
      if (!click.ipPrefix) continue;
      const minute = new Date(Math.floor(Date.parse(click.occurredAt) / 60_000) * 60_000).toISOString();
      groups.set(`${click.brandId}|${click.partnerId}|${click.ipPrefix}|${minute}`, [
        click.brandId,
        click.partnerId,
        click.ipPrefix,
        minute,
      ]);
    }
    if (groups.size === 0) return;
    const rows = [...groups.values()];
    await this.dataSource.query(
      `WITH wanted AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::timestamptz[]) AS g(brand_id, partner_id, ip_prefix, minute)
       ), flooded AS (
         SELECT g.brand_id, g.partner_id, g.ip_prefix, g.minute, count(*) AS clicks
           FROM wanted g
           JOIN clicks c ON c.brand_id = g.brand_id AND c.partner_id = g.partner_id AND c.ip_prefix = g.ip_prefix
                        AND c.occurred_at >= g.minute AND c.occurred_at < g.minute + interval '1 minute'
           JOIN brands b ON b.id = g.brand_id
          GROUP BY g.brand_id, g.partner_id, g.ip_prefix, g.minute, b.quality_rules
         HAVING count(*) > coalesce((b.quality_rules ->> 'clickFloodPerMinute')::int, $5)
       ), marked AS (
         UPDATE clicks c SET creditable = false, not_creditable_reason = 'click_flood'
           FROM flooded f
          WHERE c.brand_id = f.brand_id AND c.partner_id = f.partner_id AND c.ip_prefix = f.ip_prefix
            AND c.occurred_at >= f.minute AND c.occurred_at < f.minute + interval '1 minute' AND c.creditable
         RETURNING c.brand_id, c.partner_id, c.occurred_at
       )
       INSERT INTO quality_flags (id, brand_id, partner_id, day, code, evidence)
       SELECT gen_random_uuid(), m.brand_id, m.partner_id, (m.occurred_at AT TIME ZONE b.timezone)::date, 'click_flood',
              jsonb_build_object('clicksNotCreditable', count(*), 'limitPerMinute',
                                 coalesce((b.quality_rules ->> 'clickFloodPerMinute')::int, $5))
         FROM marked m JOIN brands b ON b.id = m.brand_id
        GROUP BY m.brand_id, m.partner_id, (m.occurred_at AT TIME ZONE b.timezone)::date, b.quality_rules
       ON CONFLICT (partner_id, day, code) WHERE conversion_id IS NULL DO NOTHING`,
      [
        rows.map(([brandId]) => brandId),
        rows.map(([, partnerId]) => partnerId),
        rows.map(([, , ipPrefix]) => ipPrefix),
        rows.map(([, , , minute]) => minute),
        DEFAULT_QUALITY_SETTINGS.clickFloodPerMinute,
      ],
    );
  }

  private async ensurePartitions(clicks: ClickRecord[]): Promise<void> {
    const months = new Set(clicks.map((click) => new Date(click.occurredAt).toISOString().slice(0, 7)));
    for (const month of months) {
      if (this.partitions.has(month)) continue;
      try {
        await this.dataSource.query('SELECT ensure_clicks_partition($1::date)', [`${month}-01`]);
      } catch (error) {
        // Two writers creating the same month at once: the loser sees a duplicate; the table exists.
        if ((error as { driverError?: { code?: string } }).driverError?.code !== '23505') throw error;
      }
      this.partitions.add(month);
    }
  }
}
