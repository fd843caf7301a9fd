export { AttributionModule } from './attribution.module.js';
export { AttributionEngineService } from './attribution-engine.service.js';
export { type PlanPreview, PlanPreviewService } from './plan-preview.service.js';
