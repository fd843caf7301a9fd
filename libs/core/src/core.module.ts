import { Module } from '@nestjs/common';
import { DatabaseModule } from '#database';
import { ApiKeysService } from './catalog/api-keys/api-keys.service.js';
import { BrandsService } from './catalog/brands/brands.service.js';
import { CacheInvalidationService } from './platform/cache/cache-invalidation.service.js';
import { CommissionPlansService } from './plans/commission-plans.service.js';
import { AttributionEngineService } from './attribution/attribution-engine.service.js';
import { FeeAccrualService } from './ledger/fee-accrual.service.js';
import { LedgerService } from './ledger/ledger.service.js';
import { PlanPreviewService } from './attribution/plan-preview.service.js';
import { AttributionQueueService } from './conversions/attribution-queue.service.js';
import { ConversionsService } from './conversions/conversions.service.js';
import { LinksService } from './catalog/links/links.service.js';
import { PartnerActivityService } from './catalog/partners/partner-activity.service.js';
import { PartnersService } from './catalog/partners/partners.service.js';
import { QualityService } from './quality/quality.service.js';
import { PromoCodesService } from './promo-codes/promo-codes.service.js';
import { ClickRetentionService } from './tracking/click-retention.service.js';
import { CustomerErasureService } from './privacy/customer-erasure.service.js';
import { StatementsService } from './payouts/statements.service.js';
import { PartnerMixReportService } from './reports/partner-mix-report.service.js';
import { PartnerMixSettingsService } from './reports/partner-mix-settings.service.js';
import { Clock } from './platform/clock.js';
import { ClickWriterService } from './tracking/click-writer.service.js';
import { TrackingLookupService } from './tracking/tracking-lookup.service.js';
import { EndpointSlots } from './webhooks/endpoint-slots.js';
import { OutboxRelayService } from './webhooks/outbox-relay.service.js';
import { WebhookDeliveryService } from './webhooks/webhook-delivery.service.js';
import { WebhookQueueService } from './webhooks/webhook-queue.service.js';
import { WebhooksService } from './webhooks/webhooks.service.js';

const SERVICES = [
  Clock,
  ApiKeysService,
  AttributionEngineService,
  AttributionQueueService,
  BrandsService,
  CacheInvalidationService,
  ClickWriterService,
  CommissionPlansService,
  ConversionsService,
  FeeAccrualService,
  LedgerService,
  LinksService,
  PartnerActivityService,
  PartnersService,
  PlanPreviewService,
  QualityService,
  StatementsService,
  TrackingLookupService,
  EndpointSlots,
  OutboxRelayService,
  WebhookDeliveryService,
  WebhookQueueService,
  WebhooksService,
  PromoCodesService,
  PartnerMixReportService,
  PartnerMixSettingsService,
  ClickRetentionService,
  CustomerErasureService,
];

/** The services over the system of record, shared by the API and the worker. */
@Module({
  imports: [DatabaseModule],
  providers: SERVICES,
  exports: [DatabaseModule, ...SERVICES],
})
export class CoreModule {}
