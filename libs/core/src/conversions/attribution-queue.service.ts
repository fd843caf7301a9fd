import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JOB_OPTIONS, type JobName, QueueName } from '#queue';
import { enqueueOrLeaveToSweep, SWEEP_MIN_AGE_SECONDS } from '../platform/index.js';

const SWEEP_BATCH = 1000;

type AttributionJob = JobName<typeof QueueName.Attribution>;

const TABLE_OF: Record<AttributionJob, 'conversions' | 'conversion_reversals'> = {
  'attribute-conversion': 'conversions',
  'reverse-conversion': 'conversion_reversals',
};

/**
 * Hands recorded conversions and reversals to the attribution queue. The row is durable in
 * PostgreSQL first; the job id is the row id, so enqueueing twice is harmless. When Redis is away
 * the request still succeeds: the row keeps `enqueued_at` null and the sweeper (a repeatable job
 * of the worker) enqueues it once Redis is back.
 */
@Injectable()
export class AttributionQueueService {
  private readonly logger = new Logger(AttributionQueueService.name);
  private pendingMarks: Record<AttributionJob, string[]> = { 'attribute-conversion': [], 'reverse-conversion': [] };

  constructor(
    @InjectQueue(QueueName.Attribution) private readonly queue: Queue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Enqueues the job for a row just written; never throws (the sweeper covers failures). */
  async enqueue(name: AttributionJob, id: string): Promise<boolean> {
    const enqueued = await enqueueOrLeaveToSweep(() => this.add(name, id), this.logger, { job: name, id });
    if (enqueued) this.markEnqueued(name, id);
    return enqueued;
  }

  /**
   * Enqueues what requests could not (Redis was away); returns how many rows it enqueued. All
   * brands by default (the worker's job); one brand's only when given (an operator's or a test's).
   */
  async sweep(minAgeSeconds = SWEEP_MIN_AGE_SECONDS, brandId: string | null = null): Promise<number> {
    let total = 0;
    for (const name of Object.keys(TABLE_OF) as AttributionJob[]) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM ${TABLE_OF[name]}
          WHERE enqueued_at IS NULL AND created_at <= now() - make_interval(secs => $1)
            AND ($2::uuid IS NULL OR brand_id = $2::uuid)
          ORDER BY created_at LIMIT ${SWEEP_BATCH}`,
        [minAgeSeconds, brandId],
      );
      for (const { id } of rows) await this.add(name, id);
      if (rows.length > 0) {
        await this.setEnqueued(
          name,
          rows.map((row) => row.id),
        );
        this.logger.log(`Enqueued ${rows.length} missed ${name} job(s)`);
      }
      total += rows.length;
    }
    return total;
  }

  private add(name: AttributionJob, id: string): Promise<unknown> {
    const data = name === 'attribute-conversion' ? { conversionId: id } : { reversalId: id };
    return this.queue.add(name, data, { ...JOB_OPTIONS.attribution, jobId: id });
  }

  /**
   * Records `enqueued_at` for the rows of one event-loop tick in a single UPDATE, to spare each
   * request a round trip. A lost mark only makes the sweeper enqueue the row again (same job id).
   */
  private markEnqueued(name: AttributionJob, id: string): void {
    const idle = Object.values(this.pendingMarks).every((ids) => ids.length === 0);
    this.pendingMarks[name].push(id);
    if (!idle) return;
    setImmediate(() => {
      const marks = this.pendingMarks;
      this.pendingMarks = { 'attribute-conversion': [], 'reverse-conversion': [] };
      for (const job of Object.keys(marks) as AttributionJob[]) {
        if (marks[job].length === 0) continue;
        this.setEnqueued(job, marks[job]).catch((error: unknown) =>
          this.logger.warn({ err: error }, 'enqueued_at not recorded; the sweeper will enqueue again'),
        );
      }
    });
  }

  private async setEnqueued(name: AttributionJob, ids: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE ${TABLE_OF[name]} SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
