import { type Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  /** What Redis counted for the window at the last answer (every process's hits). */
  counted: number;
  /** Hits of this process sent to Redis and not yet answered. */
  inFlight: number;
  /** Hits of this process not yet sent. */
  pending: number;
  resetAt: number;
}

/** Keys with nothing pending are forgotten once their window is over; beyond this many, at once. */
const MAX_BUCKETS = 100_000;

/**
 * A fixed-window limit per key (an IP, an API key) shared by every API process through Redis,
 * without a Redis round trip in the request: each process decides from the window's count as
 * Redis last reported it plus its own hits since, and sends its hits of one event-loop tick in
 * one increment per key (rate-limiter-flexible's atomic INCR-with-expiry script). Processes may
 * overshoot a limit by the hits of one tick each, never more. A key over its limit is refused
 * locally until the window ends, so a flood costs Redis nothing. When Redis is away, the counts
 * go on in the process (rate-limiter-flexible's insurance limiter), so the limit holds per
 * process instead of failing requests.
 */
export class SharedRateLimiter {
  private readonly store: RateLimiterRedis;
  private readonly buckets = new Map<string, Bucket>();
  private flushScheduled = false;
  private readonly windowMs: number;

  constructor(
    redis: Redis,
    keyPrefix: string,
    readonly limit: number,
    windowSeconds: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.windowMs = windowSeconds * 1000;
    this.store = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix,
      points: limit,
      duration: windowSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points: limit, duration: windowSeconds }),
    });
  }

  /** Counts one request of `key` and says whether it is within the limit. Never waits. */
  hit(key: string): RateDecision {
    const now = this.clock();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= MAX_BUCKETS) this.forgetIdle(now);
      bucket = { counted: 0, inFlight: 0, pending: 0, resetAt: now + this.windowMs };
      this.buckets.set(key, bucket);
    } else if (now >= bucket.resetAt) {
      // A new window; hits still in flight are counted by Redis and corrected when it answers.
      bucket.counted = 0;
      bucket.resetAt = now + this.windowMs;
    }
    if (bucket.counted + bucket.inFlight + bucket.pending >= this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.resetAt - now) / 1000)) };
    }
    bucket.pending += 1;
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
    return { allowed: true };
  }

  /** Sends the tick's hits, one increment per key; the answers update the shared counts. */
  private flush(): void {
    this.flushScheduled = false;
    for (const [key, bucket] of this.buckets) {
      if (bucket.pending === 0) continue;
      const hits = bucket.pending;
      bucket.pending = 0;
      bucket.inFlight += hits;
      const settle = (answer: unknown): void => {
        bucket.inFlight -= hits;
        if (answer instanceof RateLimiterRes) {
          // Over the limit, the store answers with a rejection that carries the same counts. The
          // count includes these hits and everything sent before them, by any process.
          bucket.counted = answer.consumedPoints;
          bucket.resetAt = this.clock() + answer.msBeforeNext;
        } else {
          bucket.counted += hits; // neither store answered: count locally
        }
      };
      this.store.consume(key, hits).then(settle, settle);
    }
  }

  private forgetIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.resetAt <= now && bucket.pending === 0 && bucket.inFlight === 0) this.buckets.delete(key);
    }
    if (this.buckets.size >= MAX_BUCKETS) this.buckets.clear();
  }
}
