import { formatMoney, formatMoneyPerUnit } from '#domain';
import { type Partner } from '#core/catalog/index.js';
import { type PartnerFiguresRow } from '#core/reports/index.js';
import { type PartnerFiguresResponse, type PartnerResponse } from './dto/partner.dto.js';

export function presentPartner(partner: Partner | PartnerFiguresRow): PartnerResponse {
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

/** A row of the partners table: the partner and its figures of the period, money as decimal strings. */
export function presentPartnerFigures(row: PartnerFiguresRow, currency: string): PartnerFiguresResponse {
  return {
    ...presentPartner(row),
    clicks: row.clicks,
    conversions: row.conversions,
    attributedRevenue: formatMoney(row.revenueMinor, currency),
    commission: formatMoney(row.commissionMinor, currency),
    epc: row.clicks > 0 ? formatMoneyPerUnit(row.commissionMinor, row.clicks, currency) : null,
  };
}
