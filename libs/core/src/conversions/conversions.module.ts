import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerModule } from '../ledger/index.js';
import { TrackingModule } from '../tracking/index.js';
import { AttributionQueueService } from './attribution-queue.service.js';
import { Conversion, ConversionReversal } from './conversion.entity.js';
import { ConversionsService } from './conversions.service.js';

/** Conversions and reversals as they come in (API, postbacks), and the queue that credits them. */
@Module({
  imports: [TypeOrmModule.forFeature([Conversion, ConversionReversal]), TrackingModule, LedgerModule],
  providers: [ConversionsService, AttributionQueueService],
  exports: [ConversionsService, AttributionQueueService],
})
export class ConversionsModule {}
