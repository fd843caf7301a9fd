import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { type Job, MetricsTime } from 'bullmq';
import { ClawbackService, CreditingService } from '#core/attribution/index.js';
import { type JobName, type JobPayload, QueueName } from '#queue';
import { Batcher } from './batcher.js';

type AttributionJob = JobName<typeof QueueName.Attribution>;

/** Conversions credited per transaction, and transactions at once. */
const BATCH = { maxSize: 500, maxInFlight: 3, gatherMs: 20 };

/**
 * Credits conversions and claws back refunds. Each conversion keeps its own job (its id is the
 * job id, so retries, the sweeper and duplicates work per conversion), but the jobs running at
 * once are gathered into batches, each credited in one transaction that reads journeys once and
 * writes in multi-row statements. Three batches run at once so that some compute while another
 * writes; they meet at the partners' running totals, which the database locks (three measured
 * 10-20 % faster than two on two cores: bench/README.md). Concurrency leaves room for one more
 * batch to gather while three run.
 */
@Injectable()
@Processor(QueueName.Attribution, {
  concurrency: (BATCH.maxInFlight + 1) * BATCH.maxSize,
  metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
})
export class AttributionProcessor extends WorkerHost {
  private readonly logger = new Logger(AttributionProcessor.name);
  private readonly handlers: {
    [N in AttributionJob]: (data: JobPayload<typeof QueueName.Attribution, N>) => Promise<void>;
  } = {
    'attribute-conversion': ({ conversionId }) => this.conversions.submit(conversionId),
    'reverse-conversion': ({ reversalId }) => this.clawbacks.reverseConversion(reversalId),
  };
  private readonly conversions = new Batcher<string>((ids) => this.credit(ids), BATCH);

  constructor(
    private readonly crediting: CreditingService,
    private readonly clawbacks: ClawbackService,
  ) {
    super();
  }

  async process(job: Job): Promise<void> {
    const handler = this.handlers[job.name as AttributionJob] as ((data: unknown) => Promise<void>) | undefined;
    if (!handler) throw new Error(`Unknown ${QueueName.Attribution} job "${job.name}"`);
    await handler(job.data);
  }

  /**
   * One transaction for the batch. If it fails, each conversion is tried alone, so that one
   * conversion that cannot be credited fails (and retries) its own job only.
   */
  private async credit(conversionIds: string[]): Promise<(Error | undefined)[]> {
    const asError = (failure: unknown): Error => (failure instanceof Error ? failure : new Error(String(failure)));
    try {
      await this.crediting.attributeConversions(conversionIds);
      return conversionIds.map(() => undefined);
    } catch (error) {
      if (conversionIds.length === 1) return [asError(error)];
      this.logger.warn(
        `A batch of ${conversionIds.length} conversions failed (${String(error)}); crediting each alone`,
      );
      const results: (Error | undefined)[] = [];
      for (const id of conversionIds) {
        results.push(await this.crediting.attributeConversion(id).then(() => undefined, asError));
      }
      return results;
    }
  }
}
