import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type Repository } from 'typeorm';
import { AppConfig } from '#config';
import {
  AppError,
  newId,
  type Page,
  type PageQuery,
  paginate,
  TEST_EVENT,
  type WebhookEvent,
} from '../platform/index.js';
import { checkResolvedHost, checkUrlForm, OutboundUrlError } from './outbound-url.js';
import { webhookBody } from './outbox-relay.service.js';
import { expandTemplate, POSTBACK_MACROS, SAMPLE_MACRO_VALUES, unknownMacros } from './postback-template.js';
import { newSigningSecret } from './signature.js';
import {
  type DeliveryStatus,
  type EndpointKind,
  WebhookAttempt,
  WebhookDelivery,
  WebhookEndpoint,
} from './webhook.entity.js';
import { outboundPolicy } from './webhook-delivery.service.js';
import { DELIVERY_ATTEMPTS, WebhookQueueService } from './webhook-queue.service.js';

/** Who owns endpoints: a brand (its manager) or one of its partners (its own key). */
export interface EndpointOwner {
  brandId: string;
  partnerId: string | null;
}

/** How long the previous secret still signs after a rotation. */
export const SECRET_OVERLAP_MS = 24 * 3600 * 1000;

export interface EndpointChanges {
  url?: string;
  events?: WebhookEvent[];
  enabled?: boolean;
}

export interface DeliveryWithAttempts {
  delivery: WebhookDelivery;
  attempts: WebhookAttempt[];
}

/**
 * Webhook endpoints and postback templates of brands and partners, their delivery logs, replays
 * and test events. Every query is scoped to the owner: another owner's endpoint is a 404.
 */
@Injectable()
export class WebhooksService {
  private readonly endpoints: Repository<WebhookEndpoint>;
  private readonly deliveries: Repository<WebhookDelivery>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: WebhookQueueService,
    private readonly config: AppConfig,
  ) {
    this.endpoints = dataSource.getRepository(WebhookEndpoint);
    this.deliveries = dataSource.getRepository(WebhookDelivery);
  }

  async create(
    owner: EndpointOwner,
    input: { url: string; events: WebhookEvent[] },
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    await this.checkUrl('url', input.url);
    const secret = newSigningSecret();
    const endpoint = this.endpoints.create({
      id: newId(),
      brandId: owner.brandId,
      partnerId: owner.partnerId,
      kind: 'webhook',
      url: input.url,
      events: [...new Set(input.events)],
      secret,
      status: 'active',
    });
    await this.endpoints.insert(endpoint);
    return { endpoint: await this.endpoints.findOneByOrFail({ id: endpoint.id }), secret };
  }

  /** A partner's postback URL template for one event, fired with GET. */
  async createPostback(
    owner: EndpointOwner & { partnerId: string },
    input: { event: WebhookEvent; urlTemplate: string },
  ): Promise<WebhookEndpoint> {
    await this.checkTemplate(input.urlTemplate);
    const endpoint = this.endpoints.create({
      id: newId(),
      brandId: owner.brandId,
      partnerId: owner.partnerId,
      kind: 'postback',
      url: input.urlTemplate,
      events: [input.event],
      secret: null,
      status: 'active',
    });
    await this.endpoints.insert(endpoint);
    return this.endpoints.findOneByOrFail({ id: endpoint.id });
  }

  list<Out>(
    owner: EndpointOwner,
    kind: EndpointKind,
    page: PageQuery,
    toOutput: (endpoint: WebhookEndpoint) => Out,
  ): Promise<Page<Out>> {
    const query = this.endpoints
      .createQueryBuilder('endpoint')
      .where('endpoint.brand_id = :brandId AND endpoint.kind = :kind', { brandId: owner.brandId, kind });
    if (owner.partnerId) query.andWhere('endpoint.partner_id = :partnerId', { partnerId: owner.partnerId });
    else query.andWhere('endpoint.partner_id IS NULL');
    return paginate(query, page, toOutput);
  }

  /** The owner's endpoint (of any kind, or of `kind`), or not_found. */
  async get(owner: EndpointOwner, id: string, kind?: EndpointKind): Promise<WebhookEndpoint> {
    const endpoint = await this.endpoints.findOneBy({
      id,
      brandId: owner.brandId,
      partnerId: owner.partnerId ?? IsNull(),
      ...(kind && { kind }),
    });
    if (!endpoint) throw AppError.notFound(kind === 'postback' ? 'postback template' : 'webhook', id);
    return endpoint;
  }

  /** Changes a webhook or (with `kind`) a postback template, whose `url` is its template. */
  async update(
    owner: EndpointOwner,
    id: string,
    changes: EndpointChanges,
    kind: EndpointKind = 'webhook',
  ): Promise<WebhookEndpoint> {
    const endpoint = await this.get(owner, id, kind);
    if (changes.url !== undefined) {
      if (kind === 'postback') await this.checkTemplate(changes.url);
      else await this.checkUrl('url', changes.url);
    }
    const enabling = changes.enabled === true && endpoint.status === 'disabled';
    const disabling = changes.enabled === false && endpoint.status === 'active';
    await this.endpoints.update(
      { id: endpoint.id },
      {
        ...(changes.url !== undefined && { url: changes.url }),
        ...(changes.events !== undefined && { events: [...new Set(changes.events)] }),
        ...(enabling && { status: 'active', disabledAt: null, disabledReason: null, failingSince: null }),
        ...(disabling && { status: 'disabled', disabledAt: new Date(), disabledReason: 'Disabled by its owner' }),
      },
    );
    return this.endpoints.findOneByOrFail({ id: endpoint.id });
  }

  async remove(owner: EndpointOwner, id: string, kind: EndpointKind): Promise<void> {
    const endpoint = await this.get(owner, id, kind);
    // Its deliveries and their log go with it; a queued attempt then finds nothing to send.
    await this.endpoints.delete({ id: endpoint.id });
  }

  /** A new secret; the previous one keeps signing (a second `v1=`) for 24 hours. */
  async rotateSecret(owner: EndpointOwner, id: string): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const endpoint = await this.get(owner, id, 'webhook');
    const secret = newSigningSecret();
    await this.endpoints.update(
      { id: endpoint.id },
      {
        secret,
        previousSecret: endpoint.secret,
        previousSecretExpiresAt: new Date(Date.now() + SECRET_OVERLAP_MS),
      },
    );
    return { endpoint: await this.endpoints.findOneByOrFail({ id: endpoint.id }), secret };
  }

  /** The delivery log of an endpoint, newest last, each delivery with its attempts. */
  async listDeliveries(
    owner: EndpointOwner,
    id: string,
    filter: { status?: DeliveryStatus },
    page: PageQuery,
  ): Promise<Page<DeliveryWithAttempts>> {
    const endpoint = await this.get(owner, id);
    const query = this.deliveries
      .createQueryBuilder('delivery')
      .where('delivery.endpoint_id = :endpointId', { endpointId: endpoint.id });
    if (filter.status) query.andWhere('delivery.status = :status', { status: filter.status });
    const result = await paginate(query, page, (delivery) => delivery);
    const attempts = result.data.length
      ? await this.dataSource.getRepository(WebhookAttempt).find({
          where: { deliveryId: In(result.data.map((delivery) => delivery.id)) },
          order: { startedAt: 'ASC', id: 'ASC' },
        })
      : [];
    return {
      data: result.data.map((delivery) => ({
        delivery,
        attempts: attempts.filter((attempt) => attempt.deliveryId === delivery.id),
      })),
      nextCursor: result.nextCursor,
    };
  }

  async getDelivery(owner: EndpointOwner, id: string, deliveryId: string): Promise<DeliveryWithAttempts> {
    const endpoint = await this.get(owner, id);
    const delivery = await this.deliveries.findOneBy({ id: deliveryId, endpointId: endpoint.id });
    if (!delivery) throw AppError.notFound('delivery', deliveryId);
    const attempts = await this.dataSource
      .getRepository(WebhookAttempt)
      .find({ where: { deliveryId }, order: { startedAt: 'ASC', id: 'ASC' } });
    return { delivery, attempts };
  }

  /** Sends a delivery again, with the same event id and body, whatever became of it. */
  async retry(owner: EndpointOwner, id: string, deliveryId: string): Promise<DeliveryWithAttempts> {
    const endpoint = await this.get(owner, id);
    this.requireActive(endpoint);
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'pending', last_error = NULL, enqueued_at = NULL, updated_at = now()
        WHERE id = $1 AND endpoint_id = $2 RETURNING id`,
      [deliveryId, endpoint.id],
    );
    if (rows.length === 0) throw AppError.notFound('delivery', deliveryId);
    await this.enqueueAgain(deliveryId, DELIVERY_ATTEMPTS);
    return this.getDelivery(owner, id, deliveryId);
  }

  /** Sends a `webhook.test` event (a postback template: its URL with sample values), once. */
  async sendTest(owner: EndpointOwner, id: string): Promise<DeliveryWithAttempts> {
    const endpoint = await this.get(owner, id);
    this.requireActive(endpoint);
    const eventId = newId();
    const delivery = this.deliveries.create({
      id: newId(),
      brandId: endpoint.brandId,
      endpointId: endpoint.id,
      eventId,
      eventType: TEST_EVENT,
      payload:
        endpoint.kind === 'postback'
          ? expandTemplate(endpoint.url, SAMPLE_MACRO_VALUES)
          : webhookBody({
              id: eventId,
              type: TEST_EVENT,
              createdAt: new Date().toISOString(),
              data: { endpointId: endpoint.id, message: 'A test event from Partnermix: your endpoint is reachable.' },
            }),
      status: 'pending',
      enqueuedAt: null,
    });
    await this.deliveries.insert(delivery);
    await this.enqueueAgain(delivery.id, 1);
    return this.getDelivery(owner, id, delivery.id);
  }

  /** Enqueues now if Redis answers; otherwise the sweep will (the delivery is pending and not enqueued). */
  private async enqueueAgain(deliveryId: string, attempts: number): Promise<void> {
    try {
      await this.queue.enqueueAgain(deliveryId, attempts);
      await this.deliveries.update({ id: deliveryId }, { enqueuedAt: new Date() });
    } catch {
      // Left to the sweep of the worker's relay.
    }
  }

  private requireActive(endpoint: WebhookEndpoint): void {
    if (endpoint.status === 'disabled') {
      throw new AppError(
        'conflict',
        `This endpoint is disabled (${endpoint.disabledReason ?? 'no reason recorded'}); ` +
          're-enable it with PATCH {"enabled": true} first',
      );
    }
  }

  private async checkUrl(field: string, url: string): Promise<URL> {
    const policy = outboundPolicy(this.config);
    try {
      const parsed = checkUrlForm(url, policy);
      await checkResolvedHost(parsed.hostname, policy);
      return parsed;
    } catch (error) {
      if (error instanceof OutboundUrlError) throw AppError.invalidField(field, `${field} ${error.message}`);
      throw error;
    }
  }

  private async checkTemplate(template: string): Promise<void> {
    const unknown = unknownMacros(template);
    if (unknown.length) {
      throw AppError.invalidField(
        'urlTemplate',
        `urlTemplate has unknown macros ${unknown.map((name) => `{${name}}`).join(', ')}; ` +
          `use ${POSTBACK_MACROS.map((name) => `{${name}}`).join(' ')}`,
      );
    }
    const url = await this.checkUrl('urlTemplate', expandTemplate(template, SAMPLE_MACRO_VALUES));
    // Macros fill the path and query only: a value must never choose the host.
    const other = Object.fromEntries(POSTBACK_MACROS.map((name) => [name, 'other']));
    if (new URL(expandTemplate(template, other)).origin !== url.origin) {
      throw AppError.invalidField('urlTemplate', 'urlTemplate may use macros in its path and query only, not its host');
    }
  }
}
