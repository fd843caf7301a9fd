import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { type Page, PageQuery } from '#core/platform/index.js';
import { PromoCodesService } from '#core/promo-codes/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { presentPromoCode } from './promo-code-presenter.js';
import { CreatePromoCodeDto, PromoCodePage, PromoCodeResponse } from './promo-codes.dto.js';

/**
 * Promo codes a brand manager assigns to a partner: a conversion posted with one (`couponCode`,
 * GET postback `coupon`) is a touch of that partner while the code is valid.
 */
@ApiTags('promo codes')
@ApiBearerAuth()
@Roles('brand_manager')
@Controller('v1/partners/:id/codes')
export class PromoCodesController {
  constructor(private readonly codes: PromoCodesService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: PromoCodeResponse })
  async create(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Body() body: CreatePromoCodeDto,
  ): Promise<PromoCodeResponse> {
    return presentPromoCode(await this.codes.create(brandId, partnerId, body));
  }

  @Get()
  @ApiOkResponse({ type: PromoCodePage })
  async list(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Query() page: PageQuery,
  ): Promise<Page<PromoCodeResponse>> {
    return this.codes.listForPartner(brandId, partnerId, page, presentPromoCode);
  }
}
