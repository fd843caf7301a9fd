import { type Partner } from '#core/catalog/index.js';
import { type PartnerResponse } from './dto/partner.dto.js';

export function presentPartner(partner: Partner): PartnerResponse {
  return {
    id: partner.id,
    name: partner.name,
    type: partner.type,
    role: partner.role,
    status: partner.status,
    email: partner.email,
    externalRef: partner.externalRef,
    createdAt: partner.createdAt.toISOString(),
  };
}
