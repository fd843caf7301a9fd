import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  bodySignature,
  type PresentedSignature,
  querySignature,
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  verifySignature,
} from '#domain';
import { AppError, withTimeout } from '#core/platform/index.js';
import { TrackingLookupService } from '#core/tracking/index.js';
import { RedisService } from '#queue';
import { type RequestWithPrincipal, SIGNED_POSTBACK } from './decorators.js';

interface HttpRequest extends RequestWithPrincipal {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody?: Buffer;
}

/** A signature is remembered a little longer than it can be valid (± the tolerance). */
const REPLAY_WINDOW_SECONDS = 2 * SIGNATURE_TOLERANCE_SECONDS + 60;
const REDIS_WAIT_MS = 500;

const HOW_TO_SIGN =
  'POST: X-Partnermix-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">; ' +
  'GET: ts=<unix seconds>&sig=<hex HMAC-SHA256 of the other parameters as sent, sorted, joined with &>; ' +
  "made with your key's signing secret";

/**
 * Postback signatures (runs after AuthGuard, on @SignedPostback routes). A signature that is sent
 * must be right, fresh (±5 min) and new (a replay is 409); a brand that requires signatures
 * refuses unsigned calls, otherwise the API key alone (a static token, as TUNE and Everflow
 * networks send it) still works. Replays are remembered in Redis; when Redis does not answer the
 * check is skipped rather than the postback refused, since the signature and its time still hold
 * and conversions are idempotent on their transaction id.
 */
@Injectable()
export class PostbackSignatureGuard implements CanActivate {
  private readonly logger = new Logger(PostbackSignatureGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly lookup: TrackingLookupService,
    private readonly redis: RedisService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (!this.reflector.getAllAndOverride<boolean>(SIGNED_POSTBACK, targets)) return true;
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const { principal, apiKey } = request;
    if (!principal || principal.role === 'operator' || !apiKey) return true; // the route refuses these itself

    const signature = this.presented(request);
    if (signature instanceof Error) throw new AppError('unauthorized', `Malformed signature: ${signature.message}`);
    if (signature === undefined) {
      const brand = await this.lookup.brand(principal.brandId);
      if (brand?.requireSignedPostbacks) {
        throw new AppError('unauthorized', `This brand requires signed postbacks. ${HOW_TO_SIGN}`);
      }
      return true;
    }
    if (!apiKey.signingSecret) {
      throw new AppError(
        'unauthorized',
        `This API key has no signing secret; make one with POST /v1/api-keys/${apiKey.id}/signing-secret`,
      );
    }
    const now = Math.floor(Date.now() / 1000);
    const verdict = verifySignature(apiKey.signingSecret, signature, now);
    if (verdict === 'stale') {
      throw new AppError(
        'unauthorized',
        `The signature's timestamp is ${Math.abs(now - signature.timestamp)} s off the server's clock; ` +
          `sign with the current unix time (at most ${SIGNATURE_TOLERANCE_SECONDS} s off)`,
      );
    }
    if (verdict === 'mismatch') {
      throw new AppError('unauthorized', `The signature does not match this request. ${HOW_TO_SIGN}`);
    }
    if (await this.seenBefore(apiKey.id, signature.digests[0])) {
      throw new AppError('conflict', 'This signature was already used; sign every request anew with a fresh timestamp');
    }
    return true;
  }

  private presented(request: HttpRequest): PresentedSignature | Error | undefined {
    if (request.method === 'GET') {
      const question = request.url.indexOf('?');
      return question < 0 ? undefined : querySignature(request.url.slice(question + 1));
    }
    const header = request.headers[SIGNATURE_HEADER];
    if (Array.isArray(header)) return new Error('send one X-Partnermix-Signature header');
    return bodySignature(header, request.rawBody?.toString('utf8') ?? '');
  }

  /** Remembers the signature; true when it was already there. */
  private async seenBefore(keyId: string, digest: string): Promise<boolean> {
    try {
      const key = this.redis.key(`postback-signature:${keyId}:${digest.toLowerCase()}`);
      const set = await withTimeout(
        this.redis.client.set(key, '1', 'EX', REPLAY_WINDOW_SECONDS, 'NX'),
        REDIS_WAIT_MS,
        'Redis',
      );
      return set === null;
    } catch (error) {
      this.logger.warn({ err: error }, 'Signature replay check skipped: Redis unavailable');
      return false;
    }
  }
}
