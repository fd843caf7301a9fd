import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EndpointSlots } from './endpoint-slots.js';
import { OutboxRelayService } from './outbox-relay.service.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookQueueService } from './webhook-queue.service.js';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity.js';
import { WebhooksService } from './webhooks.service.js';

const SERVICES = [WebhooksService, WebhookQueueService, WebhookDeliveryService, OutboxRelayService, EndpointSlots];

/** Brands' and partners' webhook endpoints and postback templates, and delivering the outbox to them. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpoint, WebhookDelivery, WebhookAttempt])],
  providers: SERVICES,
  exports: SERVICES,
})
export class WebhooksModule {}
