import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { DelayedError, type Job, MetricsTime, UnrecoverableError } from 'bullmq';
import { DeliveryRefusedError, WebhookDeliveryService } from '#core/webhooks/index.js';
import { type JobName, type JobPayload, QueueName } from '#queue';

type WebhooksJob = JobName<typeof QueueName.Webhooks>;

/** How long a delivery waits when its endpoint's concurrency limit is reached (not an attempt). */
const BUSY_DELAY_MS = 250;

/**
 * Sends webhook and postback deliveries. Many at once (they mostly wait on the network); each
 * endpoint gets at most WEBHOOK_CONCURRENCY_PER_ENDPOINT of them, across workers. A failed attempt
 * is rethrown so that BullMQ retries it with exponential backoff; a refused one is not retried.
 */
@Injectable()
@Processor(QueueName.Webhooks, { concurrency: 50, metrics: { maxDataPoints: MetricsTime.ONE_WEEK } })
export class WebhooksProcessor extends WorkerHost {
  private readonly handlers: {
    [N in WebhooksJob]: (job: Job<JobPayload<typeof QueueName.Webhooks, N>>, token?: string) => Promise<void>;
  } = {
    'deliver-webhook': (job, token) => this.deliver(job, token),
  };

  constructor(private readonly deliveries: WebhookDeliveryService) {
    super();
  }

  async process(job: Job, token?: string): Promise<void> {
    const handler = this.handlers[job.name as WebhooksJob] as ((job: Job, token?: string) => Promise<void>) | undefined;
    if (!handler) throw new Error(`Unknown ${QueueName.Webhooks} job "${job.name}"`);
    await handler(job, token);
  }

  private async deliver(job: Job<{ deliveryId: string }>, token?: string): Promise<void> {
    let outcome;
    try {
      outcome = await this.deliveries.deliver(job.data.deliveryId, {
        attemptsMade: job.attemptsMade,
        maxAttempts: job.opts.attempts ?? 1,
        holder: job.id ?? job.data.deliveryId,
      });
    } catch (error) {
      if (error instanceof DeliveryRefusedError) throw new UnrecoverableError(error.message);
      throw error;
    }
    if (outcome === 'busy') {
      await job.moveToDelayed(Date.now() + BUSY_DELAY_MS + Math.floor(Math.random() * BUSY_DELAY_MS), token);
      throw new DelayedError();
    }
  }
}
