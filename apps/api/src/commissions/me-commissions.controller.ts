import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { type Page } from '#core/platform/index.js';
import { LedgerService } from '#core/ledger/index.js';
import { presentEntryPage, presentSummary } from './commission-presenter.js';
import { commissionFilterOf, CommissionListQuery } from './commissions.dto.js';

/** The partner portal's commission ledger: a partner key reads its own entries and totals. */
@ApiTags('commissions')
@ApiBearerAuth()
@Roles('partner')
@Controller('v1/me')
export class MeCommissionsController {
  constructor(private readonly ledger: LedgerService) {}

  @Get('commissions')
  @ApiOkResponse({ description: "The calling partner's own entries." })
  async list(
    @CurrentPartner() me: PartnerPrincipal,
    @Query() query: CommissionListQuery,
  ): Promise<Page<Record<string, unknown>>> {
    const page = await this.ledger.list(me.brandId, me.partnerId, commissionFilterOf(query), query, (entry) => entry);
    return presentEntryPage(page, await this.ledger.reasons(page.data));
  }

  @Get('commissions/summary')
  @ApiOkResponse({ description: "The calling partner's totals by status." })
  async summary(@CurrentPartner() me: PartnerPrincipal): Promise<Record<string, unknown>> {
    return presentSummary(await this.ledger.summary(me.brandId, me.partnerId));
  }
}
