import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { formatMoney } from '#domain';
import { AppError } from '#core/errors/app-error.js';
import { type CommissionEntryRow } from '#core/engine/ledger.entity.js';
import { type CommissionFilter, LedgerService } from '#core/engine/ledger.service.js';
import { type Page } from '#core/pagination/page.js';
import { IdPipe } from '../http/id.pipe.js';
import { CommissionListQuery } from './commissions.dto.js';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

function presentEntry(entry: CommissionEntryRow): Record<string, unknown> {
  const money = (minor: number): string => formatMoney(minor, entry.currency);
  return {
    id: entry.id,
    kind: entry.kind,
    amount: money(entry.amountMinor),
    currency: entry.currency,
    status: entry.status,
    conversionId: entry.conversionId,
    reversalId: entry.reversalId,
    occurredAt: entry.occurredAt.toISOString(),
    approvableAt: entry.approvableAt.toISOString(),
    approvedAt: entry.approvedAt?.toISOString() ?? null,
    credit: entry.credit,
    attributedRevenue: entry.attributedRevenueMinor === null ? null : money(entry.attributedRevenueMinor),
    rule: entry.ruleIndex,
    rateBps: entry.rateBps,
    tier: entry.tierIndex,
    ...(entry.kind === 'capped' && { cappedAmount: money(entry.cappedMinor) }),
  };
}

function filterOf(query: CommissionListQuery): CommissionFilter {
  const time = (field: 'from' | 'to'): Date | undefined => {
    const value = query[field];
    if (value === undefined) return undefined;
    if (!ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
      throw AppError.invalidField(field, `${field} must be a date (2026-11-01) or an ISO 8601 time with offset`);
    }
    return new Date(value);
  };
  return { status: query.status, from: time('from'), to: time('to') };
}

/** The commission ledger by partner: a manager reads any of the brand's partners, a partner its own. */
@ApiTags('commissions')
@ApiBearerAuth()
@Controller('v1')
export class CommissionsController {
  constructor(private readonly ledger: LedgerService) {}

  @Get('partners/:id/commissions')
  @Roles('brand_manager')
  @ApiOkResponse({ description: '`{ data: [...entries], nextCursor }`' })
  async forPartner(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Query() query: CommissionListQuery,
  ): Promise<Page<Record<string, unknown>>> {
    return this.ledger.list(brandId, partnerId, filterOf(query), query, presentEntry);
  }

  @Get('me/commissions')
  @Roles('partner')
  @ApiOkResponse({ description: "The calling partner's own entries." })
  async mine(
    @CurrentPartner() me: PartnerPrincipal,
    @Query() query: CommissionListQuery,
  ): Promise<Page<Record<string, unknown>>> {
    return this.ledger.list(me.brandId, me.partnerId, filterOf(query), query, presentEntry);
  }
}
