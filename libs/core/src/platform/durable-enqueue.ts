import { type Logger } from '@nestjs/common';
import { withTimeout } from './persistence/timeout.js';

/** How long a request waits for Redis to take a job before leaving it to the sweeper. */
export const ENQUEUE_WAIT_MS = 1000;
/** Rows younger than this may still be enqueued by their own request; sweeps leave them. */
export const SWEEP_MIN_AGE_SECONDS = 10;

/**
 * The one way a row already durable in PostgreSQL reaches its queue: Redis gets ENQUEUE_WAIT_MS to
 * take the job (whose id is the row's, so twice is harmless); when it does not, the failure is
 * logged and the row's sweeper (a repeatable job) enqueues it later. Never throws: the request
 * that wrote the row has succeeded either way. True when Redis took the job now.
 */
export async function enqueueOrLeaveToSweep(
  add: () => Promise<unknown>,
  logger: Logger,
  context: Record<string, unknown>,
): Promise<boolean> {
  try {
    await withTimeout(add(), ENQUEUE_WAIT_MS, 'Redis');
    return true;
  } catch (error) {
    logger.warn({ err: error, ...context }, 'Job not enqueued now; the sweeper will');
    return false;
  }
}
