import { Injectable } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { AppConfig } from '#config';
import { AppError } from '#core/platform/index.js';
import { RedisService } from '#queue';
import { SharedRateLimiter } from '../http/shared-rate-limiter.js';

/**
 * Applications per client IP and brand (RATE_LIMIT_APPLICATIONS_PER_IP per
 * RATE_LIMIT_APPLICATIONS_WINDOW_SECONDS), counted in Redis so that every API process shares them:
 * the public form needs no key, so this is what keeps a script from filling a brand's queue.
 */
@Injectable()
export class ApplicationSubmitLimit {
  private readonly limiter: SharedRateLimiter;

  constructor(config: AppConfig, redis: RedisService) {
    this.limiter = new SharedRateLimiter(
      redis.client,
      redis.key('ratelimit:applications-ip'),
      config.RATE_LIMIT_APPLICATIONS_PER_IP,
      config.RATE_LIMIT_APPLICATIONS_WINDOW_SECONDS,
    );
  }

  /** Counts one application; over the limit, throws 429 `rate_limited` and sets Retry-After on the reply. */
  hit(brandId: string, ip: string, reply: FastifyReply): void {
    const decision = this.limiter.hit(`${brandId}|${ip}`);
    if (decision.allowed) return;
    void reply.header('Retry-After', String(decision.retryAfterSeconds)).header('Cache-Control', 'no-store');
    throw new AppError(
      'rate_limited',
      `Too many applications from your address; try again in ${decision.retryAfterSeconds} s`,
    );
  }
}
