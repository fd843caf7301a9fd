export { AttributionModule } from './attribution.module.js';
export { ATTRIBUTION_QUERIES } from './attribution.queries.js';
export { ClawbackService, NotReadyError } from './clawback.service.js';
export { type ConversionExplanation, ConversionExplanationService } from './conversion-explanation.service.js';
export { CreditingService } from './crediting.service.js';
export { type PlanPreview, PlanPreviewService, type PreviewSpan } from './plan-preview.service.js';
