import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { type Page, PageQuery } from '#core/platform/index.js';
import { PromoCodesService } from '#core/promo-codes/index.js';
import { presentPromoCode } from './promo-code-presenter.js';
import { PromoCodePage, PromoCodeResponse } from './promo-codes.dto.js';

/** The partner portal's promo codes: a partner key sees its own only. */
@ApiTags('partner portal')
@ApiBearerAuth()
@Roles('partner')
@Controller('v1/me')
export class MePromoCodesController {
  constructor(private readonly codes: PromoCodesService) {}

  @Get('codes')
  @ApiOkResponse({ type: PromoCodePage })
  async list(@CurrentPartner() me: PartnerPrincipal, @Query() page: PageQuery): Promise<Page<PromoCodeResponse>> {
    return this.codes.listForPartner(me.brandId, me.partnerId, page, presentPromoCode);
  }
}
