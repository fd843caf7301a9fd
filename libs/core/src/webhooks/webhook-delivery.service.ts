import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '#config';
import { newId } from '../platform/index.js';
import { EndpointSlots } from './endpoint-slots.js';
import { type OutboundResult, sendOutbound } from './http-sender.js';
import { type OutboundPolicy } from './outbound-url.js';
import { SIGNATURE_HEADER, signatureHeader } from './signature.js';
import { WebhookAttempt, WebhookDelivery, type WebhookEndpoint } from './webhook.entity.js';

/** An attempt that failed and should be retried with backoff. */
export class DeliveryFailedError extends Error {}
/** An attempt that can never succeed (the address is refused): no retry. */
export class DeliveryRefusedError extends Error {}

export interface AttemptContext {
  /** Attempts of this job made before this one. */
  attemptsMade: number;
  /** Attempts this job may make. */
  maxAttempts: number;
  /** Who holds the endpoint slot (the job id). */
  holder: string;
}

export type DeliveryOutcome = 'delivered' | 'skipped' | 'busy';

export function outboundPolicy(config: AppConfig): OutboundPolicy {
  return { strict: config.NODE_ENV === 'production' };
}

const USER_AGENT = 'Partnermix-Webhooks/1.0';

/**
 * One attempt of one delivery: signs and sends it (or fires the postback URL), logs the attempt,
 * keeps the endpoint's health, and says what BullMQ should do next: nothing, retry (throws
 * DeliveryFailedError), never retry (DeliveryRefusedError), or come back when the endpoint has a
 * free slot ('busy').
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly slots: EndpointSlots,
    private readonly config: AppConfig,
  ) {}

  async deliver(deliveryId: string, attempt: AttemptContext): Promise<DeliveryOutcome> {
    const delivery = await this.dataSource
      .getRepository(WebhookDelivery)
      .findOne({ where: { id: deliveryId }, relations: { endpoint: true } });
    // Gone (its endpoint was removed) or done already (a duplicate job): nothing to do.
    if (!delivery?.endpoint || delivery.status === 'delivered') return 'skipped';
    const endpoint = delivery.endpoint;
    if (endpoint.status === 'disabled') {
      await this.dataSource.query(
        `UPDATE webhook_deliveries SET status = 'dead', last_error = $2, updated_at = now() WHERE id = $1 AND status = 'pending'`,
        [delivery.id, 'Not sent: the endpoint is disabled'],
      );
      return 'skipped';
    }

    const leaseMs = this.config.WEBHOOK_TIMEOUT_MS + 5000;
    if (
      !(await this.slots.acquire(endpoint.id, attempt.holder, this.config.WEBHOOK_CONCURRENCY_PER_ENDPOINT, leaseMs))
    ) {
      return 'busy';
    }
    const startedAt = new Date();
    let result: OutboundResult;
    try {
      result = await this.send(delivery, endpoint);
    } finally {
      await this.slots.release(endpoint.id, attempt.holder).catch(() => undefined); // the lease runs out anyway
    }

    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const error = ok ? null : describeFailure(result);
    const final = ok || result.blocked || attempt.attemptsMade + 1 >= attempt.maxAttempts;
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(WebhookAttempt, {
        id: newId(),
        deliveryId: delivery.id,
        startedAt,
        statusCode: result.statusCode,
        latencyMs: result.latencyMs,
        error,
        responseExcerpt: result.excerpt,
      });
      await manager.query(
        `UPDATE webhook_deliveries
            SET attempts = attempts + 1, status = $2, last_error = $3, updated_at = now(),
                delivered_at = CASE WHEN $4 THEN now() ELSE delivered_at END
          WHERE id = $1`,
        [delivery.id, ok ? 'delivered' : final ? 'dead' : 'pending', error, ok],
      );
      await this.keepHealth(manager, endpoint, ok, error);
    });
    if (ok) return 'delivered';
    if (result.blocked) throw new DeliveryRefusedError(error ?? 'refused');
    throw new DeliveryFailedError(error ?? 'failed');
  }

  private send(delivery: WebhookDelivery, endpoint: WebhookEndpoint): Promise<OutboundResult> {
    const common = { timeoutMs: this.config.WEBHOOK_TIMEOUT_MS, policy: outboundPolicy(this.config) };
    if (endpoint.kind === 'postback') {
      return sendOutbound({ ...common, method: 'GET', url: delivery.payload, headers: { 'User-Agent': USER_AGENT } });
    }
    return sendOutbound({
      ...common,
      method: 'POST',
      url: endpoint.url,
      body: delivery.payload,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': USER_AGENT,
        'X-Partnermix-Event': delivery.eventType,
        'X-Partnermix-Event-Id': delivery.eventId,
        'X-Partnermix-Delivery': delivery.id,
        [SIGNATURE_HEADER]: signatureHeader(delivery.payload, signingSecrets(endpoint), Math.floor(Date.now() / 1000)),
      },
    });
  }

  /**
   * A success clears the failing streak; a failure starts one, and an endpoint that has failed
   * for longer than WEBHOOK_DISABLE_AFTER_HOURS is disabled with a reason its owner sees.
   */
  private async keepHealth(
    manager: EntityManager,
    endpoint: WebhookEndpoint,
    ok: boolean,
    error: string | null,
  ): Promise<void> {
    if (ok) {
      await manager.query(
        `UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL`,
        [endpoint.id],
      );
      return;
    }
    const [rows]: [{ failing_since: Date }[], number] = await manager.query(
      `UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, now())
        WHERE id = $1 AND status = 'active' RETURNING failing_since`,
      [endpoint.id],
    );
    const since = rows[0]?.failing_since;
    const hours = this.config.WEBHOOK_DISABLE_AFTER_HOURS;
    if (!since || Date.now() - since.getTime() < hours * 3600_000) return;
    const reason =
      `Disabled: every delivery failed for more than ${hours} hours (since ${since.toISOString()}); ` +
      `the last: ${error}. Fix the receiver, then re-enable the endpoint (PATCH with {"enabled": true}) ` +
      'and retry the deliveries you need.';
    await manager.query(
      `UPDATE webhook_endpoints SET status = 'disabled', disabled_at = now(), disabled_reason = $2, updated_at = now()
        WHERE id = $1 AND status = 'active'`,
      [endpoint.id, reason.slice(0, 500)],
    );
    this.logger.warn({ endpointId: endpoint.id, brandId: endpoint.brandId }, reason);
  }
}

/** The secrets that sign now: the current one, and the previous one until it expires. */
export function signingSecrets(endpoint: WebhookEndpoint, now = new Date()): string[] {
  const previous =
    endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now
      ? [endpoint.previousSecret]
      : [];
  return [...(endpoint.secret ? [endpoint.secret] : []), ...previous];
}

function describeFailure(result: OutboundResult): string {
  const text =
    result.statusCode === null ? (result.error ?? 'no response') : `HTTP ${result.statusCode} (a 2xx was expected)`;
  return text.slice(0, 500);
}
