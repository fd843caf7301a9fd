export { QualityModule } from './quality.module.js';
export { PartnerCustomerKey, QualityFlagRow } from './quality.entity.js';
export { QualityService } from './quality.service.js';
