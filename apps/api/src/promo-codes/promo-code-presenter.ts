import { type PromoCode } from '#core/promo-codes/index.js';
import { type PromoCodeResponse } from './promo-codes.dto.js';

export function presentPromoCode(code: PromoCode): PromoCodeResponse {
  return {
    id: code.id,
    code: code.code,
    partnerId: code.partnerId,
    validFrom: code.validFrom?.toISOString() ?? null,
    validTo: code.validTo?.toISOString() ?? null,
    exclusiveToAudience: code.exclusiveToAudience,
    createdAt: code.createdAt.toISOString(),
  };
}
