import { Global, Module } from '@nestjs/common';
import { CacheInvalidationService } from './cache/cache-invalidation.service.js';
import { Clock } from './clock.js';
import { Mailer } from './mail/mailer.js';

/** What every feature uses: the business clock, cache invalidation across processes, outgoing mail. */
@Global()
@Module({
  providers: [Clock, CacheInvalidationService, Mailer],
  exports: [Clock, CacheInvalidationService, Mailer],
})
export class PlatformModule {}
