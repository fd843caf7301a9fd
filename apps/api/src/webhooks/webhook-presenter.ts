import { type DeliveryWithAttempts, type WebhookEndpoint } from '#core/webhooks/index.js';
import { type DeliveryResponse, type PostbackTemplateResponse, type WebhookResponse } from './dto/webhook.dto.js';

export function presentWebhook(endpoint: WebhookEndpoint): WebhookResponse {
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: endpoint.events,
    status: endpoint.status,
    disabledReason: endpoint.disabledReason,
    disabledAt: endpoint.disabledAt?.toISOString() ?? null,
    previousSecretExpiresAt:
      endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date()
        ? endpoint.previousSecretExpiresAt.toISOString()
        : null,
    partnerId: endpoint.partnerId,
    createdAt: endpoint.createdAt.toISOString(),
  };
}

export function presentPostbackTemplate(endpoint: WebhookEndpoint): PostbackTemplateResponse {
  return {
    id: endpoint.id,
    event: endpoint.events[0],
    urlTemplate: endpoint.url,
    status: endpoint.status,
    disabledReason: endpoint.disabledReason,
    createdAt: endpoint.createdAt.toISOString(),
  };
}

export function presentDelivery({ delivery, attempts }: DeliveryWithAttempts): DeliveryResponse {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    type: delivery.eventType,
    status: delivery.status,
    payload: delivery.payload,
    lastError: delivery.lastError,
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    attempts: attempts.map((attempt) => ({
      attemptedAt: attempt.startedAt.toISOString(),
      statusCode: attempt.statusCode,
      latencyMs: attempt.latencyMs,
      error: attempt.error,
      responseExcerpt: attempt.responseExcerpt,
    })),
  };
}
