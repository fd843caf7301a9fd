import { Module } from '@nestjs/common';
import { TrackingModule } from '../tracking/index.js';
import { ClawbackService } from './clawback.service.js';
import { ConversionExplanationService } from './conversion-explanation.service.js';
import { CreditingService } from './crediting.service.js';
import { JourneyReader } from './journey-reader.js';
import { PlanPreviewService } from './plan-preview.service.js';

const EXPORTED = [CreditingService, ClawbackService, PlanPreviewService, ConversionExplanationService];

/**
 * Crediting conversions (journeys read back from clicks and codes, quality checks, role-weighted
 * credit and the commissions it earns, written to the ledger) and clawing back refunds; the plan
 * preview, which credits the same conversions again under a draft plan without writing.
 */
@Module({
  imports: [TrackingModule],
  providers: [...EXPORTED, JourneyReader],
  exports: EXPORTED,
})
export class AttributionModule {}
