export { PromoCodesModule } from './promo-codes.module.js';
export { CODE_FLAGS, type CodeFlag, ConversionCodeFlag, PromoCode } from './promo-code.entity.js';
export { PromoCodesService } from './promo-codes.service.js';
