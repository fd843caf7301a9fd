import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type Job, MetricsTime } from 'bullmq';
import { AttributionEngineService } from '#core/engine/attribution-engine.service.js';
import { type JobName, type JobPayload, QueueName } from '#queue';

type AttributionJob = JobName<typeof QueueName.Attribution>;

/**
 * Credits conversions and claws back refunds. Concurrency 1: the quarter-to-date revenue (tiers)
 * and month-to-date earnings (caps) of a partner are read before its entries are written, so two
 * conversions of one brand must not be processed at once.
 */
@Injectable()
@Processor(QueueName.Attribution, { concurrency: 1, metrics: { maxDataPoints: MetricsTime.ONE_WEEK } })
export class AttributionProcessor extends WorkerHost {
  private readonly handlers: {
    [N in AttributionJob]: (data: JobPayload<typeof QueueName.Attribution, N>) => Promise<void>;
  } = {
    'attribute-conversion': ({ conversionId }) => this.engine.attributeConversion(conversionId),
    'reverse-conversion': ({ reversalId }) => this.engine.reverseConversion(reversalId),
  };

  constructor(private readonly engine: AttributionEngineService) {
    super();
  }

  async process(job: Job): Promise<void> {
    const handler = this.handlers[job.name as AttributionJob] as ((data: unknown) => Promise<void>) | undefined;
    if (!handler) throw new Error(`Unknown ${QueueName.Attribution} job "${job.name}"`);
    await handler(job.data);
  }
}
