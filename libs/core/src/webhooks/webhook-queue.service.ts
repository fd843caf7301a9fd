import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '#config';
import { JOB_OPTIONS, QueueName } from '#queue';
import {
  ENQUEUE_WAIT_MS,
  enqueueOrLeaveToSweep,
  newId,
  SWEEP_MIN_AGE_SECONDS,
  withTimeout,
} from '../platform/index.js';

/** Attempts of a delivery: the first and seven retries, about 1, 2, 4 … 64 minutes apart. */
export const DELIVERY_ATTEMPTS = 8;
const SWEEP_BATCH = 1000;

/**
 * Hands deliveries to the `webhooks` queue. The delivery row is durable first; when Redis is away
 * it keeps `enqueued_at` null and the relay's sweep enqueues it later.
 */
@Injectable()
export class WebhookQueueService {
  private readonly logger = new Logger(WebhookQueueService.name);

  constructor(
    @InjectQueue(QueueName.Webhooks) private readonly queue: Queue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private options(attempts: number) {
    return JOB_OPTIONS.webhooks(attempts, this.config.WEBHOOK_BACKOFF_MS);
  }

  /**
   * Enqueues first deliveries (job id: the delivery id, so twice is harmless) and marks them;
   * never throws: what is not enqueued now, the sweep enqueues.
   */
  async enqueue(deliveryIds: readonly string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    const enqueued = await enqueueOrLeaveToSweep(
      () =>
        this.queue.addBulk(
          deliveryIds.map((deliveryId) => ({
            name: 'deliver-webhook',
            data: { deliveryId },
            opts: { ...this.options(DELIVERY_ATTEMPTS), jobId: deliveryId },
          })),
        ),
      this.logger,
      { job: 'deliver-webhook', count: deliveryIds.length },
    );
    if (!enqueued) return;
    try {
      await this.dataSource.query(`UPDATE webhook_deliveries SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, [
        deliveryIds,
      ]);
    } catch (error) {
      // Only costs a second job under the same id: the sweep enqueues the delivery again.
      this.logger.warn(
        { err: error, count: deliveryIds.length },
        'enqueued_at not recorded; the sweep will enqueue again',
      );
    }
  }

  /**
   * Another round for a delivery an owner replays or tests: a new job (the first one may still
   * be kept as failed under the delivery id) with `attempts` attempts.
   */
  async enqueueAgain(deliveryId: string, attempts: number): Promise<void> {
    await withTimeout(
      this.queue.add(
        'deliver-webhook',
        { deliveryId },
        { ...this.options(attempts), jobId: `${deliveryId}-${newId()}` },
      ),
      ENQUEUE_WAIT_MS,
      'Redis',
    );
  }

  /** Enqueues pending deliveries that never reached the queue; returns how many. */
  async sweep(minAgeSeconds = SWEEP_MIN_AGE_SECONDS): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM webhook_deliveries
        WHERE enqueued_at IS NULL AND status = 'pending' AND created_at <= now() - make_interval(secs => $1)
        ORDER BY created_at LIMIT ${SWEEP_BATCH}`,
      [minAgeSeconds],
    );
    await this.enqueue(rows.map((row) => row.id));
    if (rows.length) this.logger.log(`Enqueued ${rows.length} missed webhook deliveries`);
    return rows.length;
  }
}
