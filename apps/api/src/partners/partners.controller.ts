import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { type Page } from '#core/platform/index.js';
import { PartnersService } from '#core/catalog/index.js';
import { IdPipe } from '../http/id.pipe.js';
import {
  CreatePartnerDto,
  ListPartnersQuery,
  PartnerPage,
  PartnerResponse,
  UpdatePartnerDto,
} from './dto/partner.dto.js';
import { presentPartner } from './partner-presenter.js';

@ApiTags('partners')
@ApiBearerAuth()
@Roles('brand_manager')
@Controller('v1/partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: PartnerResponse })
  async create(@CurrentBrand() brandId: string, @Body() body: CreatePartnerDto): Promise<PartnerResponse> {
    return presentPartner(await this.partners.create(brandId, body));
  }

  @Get()
  @ApiOkResponse({ type: PartnerPage })
  async list(@CurrentBrand() brandId: string, @Query() query: ListPartnersQuery): Promise<Page<PartnerResponse>> {
    const { limit, cursor, ...filter } = query;
    return this.partners.list(brandId, filter, { limit, cursor }, presentPartner);
  }

  @Get(':id')
  @ApiOkResponse({ type: PartnerResponse })
  async get(@CurrentBrand() brandId: string, @Param('id', new IdPipe('partner')) id: string): Promise<PartnerResponse> {
    return presentPartner(await this.partners.get(brandId, id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: PartnerResponse })
  async update(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) id: string,
    @Body() body: UpdatePartnerDto,
  ): Promise<PartnerResponse> {
    return presentPartner(await this.partners.update(brandId, id, body));
  }
}
