export { PromoCodesModule } from './promo-codes.module.js';
export { type CodeFlag, ConversionCodeFlag, PromoCode } from './promo-code.entity.js';
export { PromoCodesService } from './promo-codes.service.js';
