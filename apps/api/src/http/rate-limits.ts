import { createHash } from 'node:crypto';
import { type FastifyInstance, type FastifyReply, type FastifyRequest, type HookHandlerDoneFunction } from 'fastify';
import { type AppConfig } from '#config';
import { AppError, errorEnvelope } from '#core/platform/index.js';
import { type RedisService } from '#queue';
import { type RateDecision, SharedRateLimiter } from './shared-rate-limiter.js';

/** Routes networks and brand servers post to: GET postbacks and the JSON ingestion routes. */
const INGEST_ROUTE = /^\/(?:postback\/|v1\/(?:conversions|clicks|impressions)(?:[/?]|$))/;
const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The API key a request presents, as a digest: limits are counted per key, never under the key itself. */
function presentedKeyDigest(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const fromHeader = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.key;
  const key = fromHeader ?? (typeof fromQuery === 'string' && fromQuery.length > 0 ? fromQuery : undefined);
  return key === undefined ? undefined : createHash('sha256').update(key).digest('base64url').slice(0, 32);
}

function refuse(reply: FastifyReply, decision: Exclude<RateDecision, { allowed: true }>, what: string): void {
  const error = new AppError(
    'rate_limited',
    `Too many requests ${what}; slow down and retry after ${decision.retryAfterSeconds} s`,
  );
  void reply
    .code(error.status)
    .header('Retry-After', String(decision.retryAfterSeconds))
    .header('Cache-Control', 'no-store')
    .send(errorEnvelope(error));
}

/**
 * Rate limits before anything else runs (no body parsing, no key lookup, no database): the
 * tracking redirect per client IP, the ingestion routes per IP and per API key. 429
 * `rate_limited` with Retry-After. Counts are shared by every API process (SharedRateLimiter).
 */
export function registerRateLimits(fastify: FastifyInstance, config: AppConfig, redis: RedisService): void {
  const window = config.RATE_LIMIT_WINDOW_SECONDS;
  const limiter = (name: string, limit: number): SharedRateLimiter | undefined =>
    limit > 0 ? new SharedRateLimiter(redis.client, redis.key(`ratelimit:${name}`), limit, window) : undefined;
  const redirectPerIp = limiter('redirect-ip', config.RATE_LIMIT_REDIRECT_PER_IP);
  const ingestPerIp = limiter('ingest-ip', config.RATE_LIMIT_INGEST_PER_IP);
  const ingestPerKey = limiter('ingest-key', config.RATE_LIMIT_INGEST_PER_KEY);
  if (!redirectPerIp && !ingestPerIp && !ingestPerKey) return;

  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const url = request.url;
    if (url.startsWith('/c/')) {
      const decision = redirectPerIp?.hit(request.ip);
      if (decision && !decision.allowed) return refuse(reply, decision, 'from your address');
    } else if (INGEST_ROUTE.test(url)) {
      const byIp = ingestPerIp?.hit(request.ip);
      if (byIp && !byIp.allowed) return refuse(reply, byIp, 'from your address');
      const digest = ingestPerKey && presentedKeyDigest(request);
      const byKey = digest ? ingestPerKey.hit(digest) : undefined;
      if (byKey && !byKey.allowed) return refuse(reply, byKey, 'with this API key');
    }
    done();
  });
}
