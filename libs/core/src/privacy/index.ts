export { PrivacyModule } from './privacy.module.js';
export { CustomerErasureService } from './customer-erasure.service.js';
