export { WebhooksModule } from './webhooks.module.js';
export { EndpointSlots } from './endpoint-slots.js';
export { OutboxRelayService, RELAY_BATCH } from './outbox-relay.service.js';
export { POSTBACK_MACROS } from './postback-template.js';
export { verifySignature } from './signature.js';
export { DeliveryRefusedError, WebhookDeliveryService } from './webhook-delivery.service.js';
export { WebhookQueueService } from './webhook-queue.service.js';
export {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  ENDPOINT_STATUSES,
  WebhookAttempt,
  WebhookDelivery,
  WebhookEndpoint,
} from './webhook.entity.js';
export { type DeliveryWithAttempts, type EndpointOwner, WebhooksService } from './webhooks.service.js';
