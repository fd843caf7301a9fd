import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { type Page } from '#core/platform/index.js';
import { LedgerService } from '#core/ledger/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { presentEntryPage, presentSummary } from './commission-presenter.js';
import { LedgerEntryPage, commissionFilterOf, CommissionListQuery } from './commissions.dto.js';

/**
 * The commission ledger by partner: a manager reads any of the brand's partners (a partner its
 * own: MeCommissionsController).
 */
@ApiTags('commissions')
@ApiBearerAuth()
@Controller('v1')
export class CommissionsController {
  constructor(private readonly ledger: LedgerService) {}

  @Get('partners/:id/commissions')
  @Roles('brand_manager')
  @ApiOkResponse({
    type: LedgerEntryPage,
    description: 'Capped, clawed-back and rejected entries say why.',
  })
  async forPartner(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Query() query: CommissionListQuery,
  ): Promise<Page<Record<string, unknown>>> {
    const page = await this.ledger.list(brandId, partnerId, commissionFilterOf(query), query, (entry) => entry);
    return presentEntryPage(page, await this.ledger.reasons(page.data));
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
}
