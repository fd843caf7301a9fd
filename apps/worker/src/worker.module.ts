import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '#config';
import { CoreModule } from '#core/core.module.js';
import { QueueModule } from '#queue';
import { ClickIngestorService } from './clicks/click-ingestor.service.js';
import { AttributionProcessor } from './processors/attribution.processor.js';
import { HousekeepingProcessor } from './processors/housekeeping.processor.js';
import { PayoutsProcessor } from './processors/payouts.processor.js';
import { WebhooksProcessor } from './processors/webhooks.processor.js';
import { OutboxRelayLoop } from './webhooks/outbox-relay.loop.js';
import { ReportsProcessor } from './processors/reports.processor.js';

/** The worker: the API's shared modules plus one thin processor per queue. */
@Module({
  imports: [CoreModule, QueueModule],
  providers: [
    HousekeepingProcessor,
    AttributionProcessor,
    PayoutsProcessor,
    ClickIngestorService,
    WebhooksProcessor,
    OutboxRelayLoop,
    ReportsProcessor,
  ],
})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config)] };
  }
}
