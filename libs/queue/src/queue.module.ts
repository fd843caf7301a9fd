import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '#config';
import { ALL_QUEUES } from './queue.constants.js';
import { QueueErrorLogger } from './queue-errors.js';
import { RedisService } from './redis.service.js';

/** BullMQ on Redis for both apps: every queue registered once, under REDIS_PREFIX. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: `${config.REDIS_PREFIX}:bull`,
      }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [RedisService, QueueErrorLogger],
  exports: [BullModule, RedisService],
})
export class QueueModule {}
