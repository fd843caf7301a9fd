import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../platform/index.js';

export interface RetentionResult {
  /** Monthly partitions dropped whole (every brand's retention had passed them). */
  droppedPartitions: string[];
  /** Clicks deleted row by row (months some brand still keeps). */
  deletedClicks: number;
}

/** Rows per DELETE: each is its own short transaction. */
const DELETE_BATCH = 10_000;
const PARTITION_NAME = /^clicks_(\d{4})_(\d{2})$/;

/**
 * Adds the counts of the clicks about to go (`source`, a query of brand_id, partner_id,
 * occurred_at, creditable) to clicks_daily, per brand, partner and local day of the brand.
 */
function rollUp(source: string): string {
  return `INSERT INTO clicks_daily (brand_id, partner_id, day, clicks, creditable_clicks)
    SELECT gone.brand_id, gone.partner_id, (gone.occurred_at AT TIME ZONE b.timezone)::date,
           count(*), count(*) FILTER (WHERE gone.creditable)
      FROM (${source}) gone
      JOIN brands b ON b.id = gone.brand_id
      JOIN partners p ON p.id = gone.partner_id
     GROUP BY 1, 2, 3
    ON CONFLICT (brand_id, partner_id, day) DO UPDATE
      SET clicks = clicks_daily.clicks + EXCLUDED.clicks,
          creditable_clicks = clicks_daily.creditable_clicks + EXCLUDED.creditable_clicks`;
}

/**
 * Deletes raw clicks older than each brand's retention (`brands.click_retention_months`), after
 * adding them to the daily counts in the same statement or transaction, so that no click is
 * ever both counted and kept, or gone and uncounted; running it again changes nothing. A monthly
 * partition that every brand's retention has passed is rolled up and dropped whole (cheap, and
 * gives the space back at once); older clicks in months some brand still keeps go row by row.
 */
@Injectable()
export class ClickRetentionService {
  private readonly logger = new Logger(ClickRetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async enforce(now = this.clock.now()): Promise<RetentionResult> {
    const droppedPartitions = await this.dropExpiredPartitions(now);
    let deletedClicks = 0;
    for (;;) {
      // One statement: the batch is deleted and counted together, or neither.
      const [{ deleted }] = await this.dataSource.query<{ deleted: number }[]>(
        `WITH doomed AS (
           SELECT c.id, c.occurred_at FROM clicks c JOIN brands b ON b.id = c.brand_id
            WHERE c.occurred_at < $1::timestamptz - make_interval(months => b.click_retention_months)
              -- a bound of its own, so that only partitions older than the shortest retention are read
              AND c.occurred_at < $1::timestamptz - make_interval(months => (SELECT min(click_retention_months) FROM brands))
            LIMIT ${DELETE_BATCH}
         ), gone AS (
           DELETE FROM clicks c USING doomed d WHERE c.id = d.id AND c.occurred_at = d.occurred_at
           RETURNING c.brand_id, c.partner_id, c.occurred_at, c.creditable
         ), counted AS (${rollUp('SELECT * FROM gone')})
         SELECT count(*)::int AS deleted FROM gone`,
        [now],
      );
      deletedClicks += deleted;
      if (deleted < DELETE_BATCH) break;
    }
    if (droppedPartitions.length > 0 || deletedClicks > 0) {
      this.logger.log({ droppedPartitions, deletedClicks }, 'Expired clicks removed; daily counts kept');
    }
    return { droppedPartitions, deletedClicks };
  }

  /** Partitions whose whole month lies before the longest retention of any brand. */
  private async dropExpiredPartitions(now: Date): Promise<string[]> {
    const [horizon] = await this.dataSource.query<{ before: Date | null }[]>(
      `SELECT $1::timestamptz - make_interval(months => max(click_retention_months)) AS before FROM brands`,
      [now],
    );
    if (!horizon?.before) return [];
    const partitions = await this.dataSource.query<{ name: string }[]>(
      `SELECT child.relname AS name FROM pg_inherits i
         JOIN pg_class child ON child.oid = i.inhrelid
         JOIN pg_class parent ON parent.oid = i.inhparent
        WHERE parent.relname = 'clicks' ORDER BY 1`,
    );
    const dropped: string[] = [];
    for (const { name } of partitions) {
      const month = PARTITION_NAME.exec(name);
      if (!month) continue;
      const end = new Date(Date.UTC(Number(month[1]), Number(month[2]), 1)); // first instant of the next month
      if (end > horizon.before) continue;
      await this.dataSource.transaction(async (manager: EntityManager) => {
        await manager.query(rollUp(`SELECT brand_id, partner_id, occurred_at, creditable FROM "${name}"`));
        await manager.query(`DROP TABLE "${name}"`);
      });
      dropped.push(name);
    }
    return dropped;
  }
}
