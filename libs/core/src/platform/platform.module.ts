import { Global, Module } from '@nestjs/common';
import { CacheInvalidationService } from './cache/cache-invalidation.service.js';
import { Clock } from './clock.js';

/** What every feature uses: the business clock and cache invalidation across processes. */
@Global()
@Module({
  providers: [Clock, CacheInvalidationService],
  exports: [Clock, CacheInvalidationService],
})
export class PlatformModule {}
