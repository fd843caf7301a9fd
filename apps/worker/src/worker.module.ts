import { Module } from '@nestjs/common';
import { ConfigModule } from '#config';
import { CoreModule } from '#core/core.module.js';
import { QueueModule } from '#queue';
import { HousekeepingProcessor } from './processors/housekeeping.processor.js';

/** The worker: the API's shared modules plus one thin processor per queue. */
@Module({
  imports: [ConfigModule, CoreModule, QueueModule],
  providers: [HousekeepingProcessor],
})
export class WorkerModule {}
