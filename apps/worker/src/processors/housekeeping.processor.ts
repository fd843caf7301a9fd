import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, MetricsTime, Queue } from 'bullmq';
import { AccountsCleanupService } from '#core/accounts/index.js';
import { AttributionQueueService } from '#core/conversions/index.js';
import { FeeAccrualService, LedgerService } from '#core/ledger/index.js';
import { ClickRetentionService } from '#core/tracking/index.js';
import {
  JOB_OPTIONS,
  type JobName,
  QueueName,
  RedisService,
  WORKER_HEARTBEAT_EVERY_MS,
  WORKER_HEARTBEAT_KEY,
} from '#queue';

type HousekeepingJob = JobName<typeof QueueName.Housekeeping>;

/** How often conversions that missed the queue (Redis was away) are looked for. */
const ENQUEUE_MISSED_EVERY_MS = 30_000;
/** How often ledger entries past their lock period are approved. */
const SETTLE_LEDGER_EVERY_MS = 10 * 60_000;
/** Fees accrue per completed local day; hourly runs reach every time zone's midnight soon after. */
const ACCRUE_FEES_EVERY_MS = 60 * 60_000;
/** Retention is counted in months: a few runs a day delete each day's expired clicks soon enough. */
const ENFORCE_RETENTION_EVERY_MS = 6 * 60 * 60_000;
/** Ended sessions and links are kept for weeks; a few runs a day are plenty. */
const PURGE_ENDED_CREDENTIALS_EVERY_MS = 6 * 60 * 60_000;

/** Small recurring chores of the worker itself. */
@Injectable()
@Processor(QueueName.Housekeeping, { metrics: { maxDataPoints: MetricsTime.ONE_WEEK } })
export class HousekeepingProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Record<HousekeepingJob, (job: Job) => Promise<unknown>> = {
    'worker-heartbeat': () => this.redis.client.set(this.redis.key(WORKER_HEARTBEAT_KEY), new Date().toISOString()),
    'enqueue-missed': () => this.attributionQueue.sweep(),
    'settle-ledger': () => this.ledger.settle(),
    'accrue-fees': () => this.fees.accrueRecent(),
    'enforce-retention': () => this.retention.enforce(),
    'purge-ended-credentials': () => this.accountsCleanup.purgeEnded(),
  };

  constructor(
    @InjectQueue(QueueName.Housekeeping) private readonly queue: Queue,
    private readonly redis: RedisService,
    private readonly attributionQueue: AttributionQueueService,
    private readonly ledger: LedgerService,
    private readonly fees: FeeAccrualService,
    private readonly retention: ClickRetentionService,
    private readonly accountsCleanup: AccountsCleanupService,
  ) {
    super();
  }

  /** Registers the repeatable jobs; upserting keeps one schedule however many workers start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'worker-heartbeat',
      { every: WORKER_HEARTBEAT_EVERY_MS },
      { name: 'worker-heartbeat', data: {}, opts: JOB_OPTIONS.repeatable },
    );
    await this.queue.upsertJobScheduler(
      'accrue-fees',
      { every: ACCRUE_FEES_EVERY_MS },
      { name: 'accrue-fees', data: {}, opts: JOB_OPTIONS.repeatable },
    );
    await this.queue.upsertJobScheduler(
      'settle-ledger',
      { every: SETTLE_LEDGER_EVERY_MS },
      { name: 'settle-ledger', data: {}, opts: JOB_OPTIONS.repeatable },
    );
    await this.queue.upsertJobScheduler(
      'enqueue-missed',
      { every: ENQUEUE_MISSED_EVERY_MS },
      { name: 'enqueue-missed', data: {}, opts: JOB_OPTIONS.repeatable },
    );
    await this.queue.upsertJobScheduler(
      'enforce-retention',
      { every: ENFORCE_RETENTION_EVERY_MS },
      { name: 'enforce-retention', data: {}, opts: JOB_OPTIONS.repeatable },
    );
    await this.queue.upsertJobScheduler(
      'purge-ended-credentials',
      { every: PURGE_ENDED_CREDENTIALS_EVERY_MS },
      { name: 'purge-ended-credentials', data: {}, opts: JOB_OPTIONS.repeatable },
    );
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as HousekeepingJob];
    if (!handler) throw new Error(`Unknown ${QueueName.Housekeeping} job "${job.name}"`);
    return handler(job);
  }
}
