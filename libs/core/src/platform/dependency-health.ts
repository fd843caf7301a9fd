import { type Redis } from 'ioredis';
import { type DataSource } from 'typeorm';

export type DependencyStatus = 'up' | 'down';

export interface DependencyHealth {
  status: 'ok' | 'degraded';
  checks: { postgres: DependencyStatus; redis: DependencyStatus };
}

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
  ]);
}

async function probe(check: () => Promise<unknown>): Promise<DependencyStatus> {
  try {
    await withTimeout(check());
    return 'up';
  } catch {
    return 'down';
  }
}

/** Asks PostgreSQL and Redis for a round trip each; used by /health of both processes. */
export async function checkDependencies(dataSource: DataSource, redis: Redis): Promise<DependencyHealth> {
  const [postgres, redisStatus] = await Promise.all([
    probe(() => dataSource.query('SELECT 1')),
    probe(() => redis.ping()),
  ]);
  return {
    status: postgres === 'up' && redisStatus === 'up' ? 'ok' : 'degraded',
    checks: { postgres, redis: redisStatus },
  };
}
