import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, MetricsTime, Queue } from 'bullmq';
import { PartnerMixReportService } from '#core/reports/index.js';
import { JOB_OPTIONS, type JobName, type JobPayload, QueueName } from '#queue';

type ReportsJob = JobName<typeof QueueName.Reports>;

/** Quarters close at local midnight of each brand's zone; a run every 15 minutes reaches each soon after. */
const CLOSE_QUARTERS_EVERY_MS = 15 * 60_000;

/**
 * Partner-mix reports: builds each report (scheduled or on demand, one job per report) and, as a
 * repeatable job, queues the report of every brand whose quarter has just closed. Reports are
 * heavy aggregation queries; one at a time per worker keeps PostgreSQL's memory in check.
 */
@Injectable()
@Processor(QueueName.Reports, { concurrency: 1, metrics: { maxDataPoints: MetricsTime.ONE_WEEK } })
export class ReportsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: {
    [N in ReportsJob]: (data: JobPayload<typeof QueueName.Reports, N>, job: Job) => Promise<unknown>;
  } = {
    'build-partner-mix': ({ reportId }, job) =>
      this.reports.build(reportId, job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_OPTIONS.reports.attempts ?? 1)),
    'close-quarters': () => this.reports.closeQuarters(),
  };

  constructor(
    @InjectQueue(QueueName.Reports) private readonly queue: Queue,
    private readonly reports: PartnerMixReportService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'close-quarters',
      { every: CLOSE_QUARTERS_EVERY_MS },
      { name: 'close-quarters', data: {}, opts: JOB_OPTIONS.repeatable },
    );
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as ReportsJob] as
      ((data: unknown, job: Job) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`Unknown ${QueueName.Reports} job "${job.name}"`);
    return handler(job.data, job);
  }
}
