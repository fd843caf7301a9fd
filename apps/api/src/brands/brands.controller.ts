import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BrandInPath, Roles } from '#auth';
import { formatMoney } from '#domain';
import { type Brand, BrandsService } from '#core/catalog/index.js';
import { type Page } from '#core/platform/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { BrandPage, BrandResponse, CreateBrandDto, ListBrandsQuery, UpdateBrandDto } from './dto/create-brand.dto.js';

export function presentBrand(brand: Brand): BrandResponse {
  return {
    id: brand.id,
    name: brand.name,
    currency: brand.currency,
    timezone: brand.timezone,
    landingDomains: brand.landingDomains,
    clickIdParam: brand.clickIdParam,
    minimumPayout: formatMoney(brand.minimumPayoutMinor, brand.currency),
    requireSignedPostbacks: brand.requireSignedPostbacks,
    clickRetentionMonths: brand.clickRetentionMonths,
    slug: brand.slug,
    programDescription: brand.programDescription,
    programTerms: brand.programTerms,
  };
}

@ApiTags('brands')
@ApiBearerAuth()
@Controller('v1/brands')
export class BrandsController {
  constructor(private readonly brands: BrandsService) {}

  @Post()
  @HttpCode(201)
  @Roles('operator')
  @ApiCreatedResponse({ type: BrandResponse })
  async create(@Body() body: CreateBrandDto): Promise<BrandResponse> {
    return presentBrand(await this.brands.create(body));
  }

  /** Every brand on the platform, for the operator (a manager knows only its own: GET /v1/brands/{id}). */
  @Get()
  @Roles('operator')
  @ApiOkResponse({ type: BrandPage })
  async list(@Query() query: ListBrandsQuery): Promise<Page<BrandResponse>> {
    const { search, ...page } = query;
    return this.brands.list(search?.trim() || undefined, page, presentBrand);
  }

  @Get(':brandId')
  @Roles('operator', 'brand_manager')
  @BrandInPath()
  @ApiOkResponse({ type: BrandResponse })
  async get(@Param('brandId', new IdPipe('brand')) brandId: string): Promise<BrandResponse> {
    return presentBrand(await this.brands.get(brandId));
  }

  /**
   * Name, slug, landing domains, click id parameter, program description and terms, minimum
   * payout, signed postbacks and click retention; a slug another brand has is 409 conflict. Currency and time zone stay what
   * the ledger was built in.
   */
  @Patch(':brandId')
  @Roles('operator', 'brand_manager')
  @BrandInPath()
  @ApiOkResponse({ type: BrandResponse })
  async update(
    @Param('brandId', new IdPipe('brand')) brandId: string,
    @Body() body: UpdateBrandDto,
  ): Promise<BrandResponse> {
    return presentBrand(await this.brands.update(brandId, body));
  }
}
