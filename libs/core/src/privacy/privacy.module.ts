import { Module } from '@nestjs/common';
import { TrackingModule } from '../tracking/index.js';
import { CustomerErasureService } from './customer-erasure.service.js';

/** Erasing a customer's data on request. */
@Module({
  imports: [TrackingModule],
  providers: [CustomerErasureService],
  exports: [CustomerErasureService],
})
export class PrivacyModule {}
