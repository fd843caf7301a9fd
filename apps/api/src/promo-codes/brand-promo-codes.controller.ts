import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { type Page, PageQuery } from '#core/platform/index.js';
import { PromoCodesService } from '#core/promo-codes/index.js';
import { presentPromoCode } from './promo-code-presenter.js';
import { BrandPromoCodePage, type BrandPromoCodeResponse } from './promo-codes.dto.js';

/** Every promo code of the brand in one list, for the manager's settings (codes are made per partner). */
@ApiTags('promo codes')
@ApiBearerAuth()
@Roles('brand_manager')
@Controller('v1/promo-codes')
export class BrandPromoCodesController {
  constructor(private readonly codes: PromoCodesService) {}

  @Get()
  @ApiOkResponse({ type: BrandPromoCodePage })
  list(@CurrentBrand() brandId: string, @Query() page: PageQuery): Promise<Page<BrandPromoCodeResponse>> {
    return this.codes.listForBrand(brandId, page, (code) => ({
      ...presentPromoCode(code),
      partnerName: code.partner!.name,
    }));
  }
}
