import { Injectable, Logger } from '@nestjs/common';
import { Counter } from 'prom-client';
import { AppError, withTimeout } from '#core/platform/index.js';
import {
  CLICK_ENTRY_FORMAT,
  CLICK_STREAM,
  type ClickRecord,
  ClickWriterService,
  encodeClicks,
} from '#core/tracking/index.js';
import { RedisService } from '#queue';
import { MetricsService } from '../metrics/metrics.service.js';

/** Clicks per stream entry: one entry per event-loop tick, split when a tick brings more. */
const CLICKS_PER_ENTRY = 500;
/** How long a request waits for Redis before falling back to PostgreSQL. */
const REDIS_WAIT_MS = 1000;

interface Waiting {
  records: ClickRecord[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export type IntakeOutcome = 'queued' | 'stored';

/**
 * The durable hand-off of clicks. The clicks of one event-loop tick go to the Redis stream in one
 * XADD, and each caller is answered only once Redis has acknowledged that write: a click that got
 * a 302 (or a 202) is in the stream, for the worker to write to PostgreSQL in batches. When Redis
 * does not answer in time, the clicks go straight to PostgreSQL instead; when neither takes them,
 * `accept` throws `unavailable` and the caller must not claim the click was recorded.
 */
@Injectable()
export class ClickIntakeService {
  private readonly logger = new Logger(ClickIntakeService.name);
  private readonly streamKey: string;
  private waiting: Waiting[] = [];
  private readonly outcomes: Counter<'outcome'>;

  constructor(
    private readonly redis: RedisService,
    private readonly writer: ClickWriterService,
    metrics: MetricsService,
  ) {
    this.streamKey = redis.key(CLICK_STREAM);
    this.outcomes = new Counter({
      name: 'pmx_clicks_total',
      help: 'Clicks by outcome: queued (Redis stream), stored (PostgreSQL fallback), unrecorded (neither took them)',
      labelNames: ['outcome'] as const,
      registers: [metrics.registry],
    });
  }

  async accept(records: ClickRecord[]): Promise<IntakeOutcome> {
    try {
      await this.enqueue(records);
      this.outcomes.inc({ outcome: 'queued' }, records.length);
      return 'queued';
    } catch (redisError) {
      try {
        // A late Redis write of the same clicks is harmless: the writer is idempotent on click id.
        await this.writer.write(records);
        this.outcomes.inc({ outcome: 'stored' }, records.length);
        this.logger.warn(
          { err: redisError, clicks: records.length },
          'Redis unavailable; clicks written to PostgreSQL',
        );
        return 'stored';
      } catch (databaseError) {
        this.outcomes.inc({ outcome: 'unrecorded' }, records.length);
        this.logger.error(
          { err: databaseError, clicks: records.length },
          'Neither Redis nor PostgreSQL took the clicks',
        );
        throw new AppError('unavailable', 'Clicks cannot be recorded right now; nothing was recorded. Retry shortly.');
      }
    }
  }

  private enqueue(records: ClickRecord[]): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => void this.flush());
      this.waiting.push({ records, resolve, reject });
    });
  }

  /** Writes everything that arrived during the tick in as few XADDs as possible (one round trip). */
  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    const clicks = batch.flatMap((waiting) => waiting.records);
    try {
      const pipeline = this.redis.client.pipeline();
      for (let start = 0; start < clicks.length; start += CLICKS_PER_ENTRY) {
        pipeline.xadd(
          this.streamKey,
          '*',
          'v',
          CLICK_ENTRY_FORMAT,
          'c',
          encodeClicks(clicks.slice(start, start + CLICKS_PER_ENTRY)),
        );
      }
      // One timer per tick's write, not per request: the whole batch falls back together.
      const results = await withTimeout(pipeline.exec(), REDIS_WAIT_MS, 'Redis');
      const failed = results?.find(([error]) => error)?.[0];
      if (!results || failed) throw failed ?? new Error('Redis pipeline returned nothing');
      for (const waiting of batch) waiting.resolve();
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
