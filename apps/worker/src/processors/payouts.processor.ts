import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type Job, MetricsTime } from 'bullmq';
import { StatementsService } from '#core/payouts/index.js';
import { type JobName, type JobPayload, QueueName } from '#queue';

type PayoutsJob = JobName<typeof QueueName.Payouts>;

/** Builds payout statements: one brand and month per job, one at a time. */
@Injectable()
@Processor(QueueName.Payouts, { concurrency: 1, metrics: { maxDataPoints: MetricsTime.ONE_WEEK } })
export class PayoutsProcessor extends WorkerHost {
  private readonly handlers: {
    [N in PayoutsJob]: (data: JobPayload<typeof QueueName.Payouts, N>) => Promise<unknown>;
  } = {
    'build-statements': ({ brandId, period }) => this.statements.build(brandId, period),
  };

  constructor(private readonly statements: StatementsService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as PayoutsJob] as ((data: unknown) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`Unknown ${QueueName.Payouts} job "${job.name}"`);
    return handler(job.data);
  }
}
