import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { type EntryReason, formatMoney } from '#domain';
import { type Page } from '#core/platform/index.js';
import { type CommissionEntryRow, LedgerService } from '#core/ledger/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { commissionFilterOf, CommissionListQuery } from './commissions.dto.js';

function presentEntry(entry: CommissionEntryRow, reason: EntryReason | null): Record<string, unknown> {
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
    statementId: entry.statementId,
    reasonCode: reason?.code ?? null,
    reason: reason?.message ?? null,
  };
}

function presentSummary(summary: Awaited<ReturnType<LedgerService['summary']>>): Record<string, unknown> {
  const money = (minor: number): string => formatMoney(minor, summary.currency);
  return {
    currency: summary.currency,
    pending: money(summary.byStatus.pending),
    approved: money(summary.byStatus.approved),
    rejected: money(summary.byStatus.rejected),
    onStatements: money(summary.statedMinor),
    approvedNotYetStated: money(summary.notStatedMinor),
  };
}

/** The commission ledger by partner: a manager reads any of the brand's partners, a partner its own. */
@ApiTags('commissions')
@ApiBearerAuth()
@Controller('v1')
export class CommissionsController {
  constructor(private readonly ledger: LedgerService) {}

  @Get('partners/:id/commissions')
  @Roles('brand_manager')
  @ApiOkResponse({
    description: '`{ data: [...entries], nextCursor }`; capped, clawed-back and rejected entries say why.',
  })
  async forPartner(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Query() query: CommissionListQuery,
  ): Promise<Page<Record<string, unknown>>> {
    return this.entries(brandId, partnerId, query);
  }

  @Get('partners/:id/commissions/summary')
  @Roles('brand_manager')
  @ApiOkResponse({ description: 'Totals by status, and how much of the approved part is on statements.' })
  async summaryForPartner(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
  ): Promise<Record<string, unknown>> {
    return presentSummary(await this.ledger.summary(brandId, partnerId));
  }

  @Get('me/commissions')
  @Roles('partner')
  @ApiOkResponse({ description: "The calling partner's own entries." })
  async mine(
    @CurrentPartner() me: PartnerPrincipal,
    @Query() query: CommissionListQuery,
  ): Promise<Page<Record<string, unknown>>> {
    return this.entries(me.brandId, me.partnerId, query);
  }

  @Get('me/commissions/summary')
  @Roles('partner')
  @ApiOkResponse({ description: "The calling partner's totals by status." })
  async mySummary(@CurrentPartner() me: PartnerPrincipal): Promise<Record<string, unknown>> {
    return presentSummary(await this.ledger.summary(me.brandId, me.partnerId));
  }

  private async entries(
    brandId: string,
    partnerId: string,
    query: CommissionListQuery,
  ): Promise<Page<Record<string, unknown>>> {
    const page = await this.ledger.list(brandId, partnerId, commissionFilterOf(query), query, (entry) => entry);
    const reasons = await this.ledger.reasons(page.data);
    return { ...page, data: page.data.map((entry) => presentEntry(entry, reasons.get(entry.id) ?? null)) };
  }
}
