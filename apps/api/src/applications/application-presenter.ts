import { type PartnerApplication } from '#core/applications/index.js';
import { type ApplicationResponse } from './applications.dto.js';

export function presentApplication(application: PartnerApplication): ApplicationResponse {
  return {
    id: application.id,
    name: application.name,
    email: application.email,
    website: application.website,
    type: application.type,
    role: application.role,
    message: application.message,
    status: application.status,
    reason: application.reason,
    partnerId: application.partnerId,
    decidedAt: application.decidedAt?.toISOString() ?? null,
    createdAt: application.createdAt.toISOString(),
  };
}
