import { Injectable } from '@nestjs/common';
import { RedisService } from '#queue';

/**
 * Takes a slot when fewer than ARGV[3] unexpired leases are held: drops expired leases, then adds
 * this one (member ARGV[4], expiring at ARGV[2]). Atomic, so concurrent workers never overshoot.
 */
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return 1
end
return 0`;

/**
 * The per-endpoint concurrency limit, across every worker: a counting semaphore in Redis whose
 * slots are leases, so a worker that dies holding one frees it when the lease runs out.
 */
@Injectable()
export class EndpointSlots {
  constructor(private readonly redis: RedisService) {}

  private key(endpointId: string): string {
    return this.redis.key(`webhooks:slots:${endpointId}`);
  }

  async acquire(endpointId: string, holder: string, limit: number, leaseMs: number): Promise<boolean> {
    const now = Date.now();
    const taken = await this.redis.client.eval(
      ACQUIRE,
      1,
      this.key(endpointId),
      now,
      now + leaseMs,
      limit,
      holder,
      leaseMs * 2,
    );
    return taken === 1;
  }

  async release(endpointId: string, holder: string): Promise<void> {
    await this.redis.client.zrem(this.key(endpointId), holder);
  }
}
