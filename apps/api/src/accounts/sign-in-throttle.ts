import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '#config';
import { AppError } from '#core/platform/index.js';
import { RedisService } from '#queue';

/** Counts are kept under a digest of the e-mail, so that Redis holds no addresses. */
const digest = (value: string): string => createHash('sha256').update(value).digest('base64url').slice(0, 32);

/**
 * Guessing passwords, slowed down: failed sign-ins are counted per account and per client IP,
 * password-reset requests per e-mail and per IP, in Redis so that every API process shares them
 * (rate-limiter-flexible, with its in-memory insurance limiter when Redis is away, as in
 * http/shared-rate-limiter.ts). Unlike the ingestion limits these are checked with a Redis round
 * trip: a sign-in costs an argon2 hash anyway, and an exact count matters more than speed here.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger(SignInThrottle.name);
  private readonly loginPerAccount: RateLimiterRedis;
  private readonly loginPerIp: RateLimiterRedis;
  private readonly resetPerEmail: RateLimiterRedis;
  private readonly resetPerIp: RateLimiterRedis;

  constructor(redis: RedisService, config: AppConfig) {
    const limiter = (name: string, points: number): RateLimiterRedis => {
      const keyPrefix = redis.key(`ratelimit:${name}`);
      const duration = config.RATE_LIMIT_LOGIN_WINDOW_SECONDS;
      return new RateLimiterRedis({
        storeClient: redis.client,
        keyPrefix,
        points,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
      });
    };
    this.loginPerAccount = limiter('login-account', config.RATE_LIMIT_LOGIN_PER_ACCOUNT);
    this.loginPerIp = limiter('login-ip', config.RATE_LIMIT_LOGIN_PER_IP);
    this.resetPerEmail = limiter('reset-email', config.RATE_LIMIT_PASSWORD_RESET_PER_EMAIL);
    this.resetPerIp = limiter('reset-ip', config.RATE_LIMIT_PASSWORD_RESET_PER_IP);
  }

  /** Refuses (429, Retry-After) a sign-in when the account or the IP has used up its failures. */
  async assertSignInAllowed(email: string, ip: string, reply: FastifyReply): Promise<void> {
    const [byAccount, byIp] = await Promise.all([this.loginPerAccount.get(digest(email)), this.loginPerIp.get(ip)]);
    for (const [state, limiter, what] of [
      [byAccount, this.loginPerAccount, 'for this account'],
      [byIp, this.loginPerIp, 'from your address'],
    ] as const) {
      if (state && state.consumedPoints >= limiter.points)
        throw refuse(reply, state, `Too many failed sign-ins ${what}`);
    }
  }

  async signInFailed(email: string, ip: string): Promise<void> {
    // Over the limit, consume rejects with the counts; the next attempt is refused by assertSignInAllowed.
    await Promise.all([
      this.loginPerAccount.consume(digest(email)).catch(this.ignoreRejection),
      this.loginPerIp.consume(ip).catch(this.ignoreRejection),
    ]);
  }

  /** A successful sign-in clears the account's failures (not the IP's: one account proves little about an IP). */
  async signInSucceeded(email: string): Promise<void> {
    await this.loginPerAccount.delete(digest(email)).catch(this.ignoreRejection);
  }

  /** Counts a password-reset request and refuses it (429) beyond the limit per e-mail or IP. */
  async assertResetAllowed(email: string, ip: string, reply: FastifyReply): Promise<void> {
    for (const [limiter, key] of [
      [this.resetPerIp, ip],
      [this.resetPerEmail, digest(email)],
    ] as const) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw refuse(reply, rejection, 'Too many password-reset requests');
        this.ignoreRejection(rejection);
      }
    }
  }

  private readonly ignoreRejection = (rejection: unknown): void => {
    if (!(rejection instanceof RateLimiterRes)) this.logger.warn({ err: rejection }, 'Sign-in limit not counted');
  };
}

function refuse(reply: FastifyReply, state: RateLimiterRes, what: string): AppError {
  const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  void reply.header('Retry-After', String(seconds)).header('Cache-Control', 'no-store');
  return new AppError('rate_limited', `${what}; try again in ${seconds} s`);
}
