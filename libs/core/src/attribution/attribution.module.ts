import { Module } from '@nestjs/common';
import { TrackingModule } from '../tracking/index.js';
import { AttributionEngineService } from './attribution-engine.service.js';
import { PlanPreviewService } from './plan-preview.service.js';

/**
 * Crediting: journeys read back from clicks and codes, quality checks, role-weighted credit and
 * the commissions it earns, written to the ledger in the conversion's transaction; and the plan
 * preview, which credits the same conversions again under a draft plan without writing.
 */
@Module({
  imports: [TrackingModule],
  providers: [AttributionEngineService, PlanPreviewService],
  exports: [AttributionEngineService, PlanPreviewService],
})
export class AttributionModule {}
