import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { type Page } from '#core/platform/index.js';
import { PartnersService } from '#core/catalog/index.js';
import { IdPipe } from '../http/id.pipe.js';
import {
  CreatePartnerDto,
  ListPartnersQuery,
  PartnerFiguresPageResponse,
  PartnerFiguresQueryDto,
  PartnerPage,
  PartnerResponse,
  UpdatePartnerDto,
} from './dto/partner.dto.js';
import { presentPartner, presentPartnerFigures } from './partner-presenter.js';
import { type PartnerFigureSort, PartnerFiguresService } from '#core/reports/index.js';

@ApiTags('partners')
@ApiBearerAuth()
@Roles('brand_manager')
@Controller('v1/partners')
export class PartnersController {
  constructor(
    private readonly partners: PartnersService,
    private readonly figuresService: PartnerFiguresService,
  ) {}

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

  /**
   * The console's partners table: figures for a period, sorted by any column in SQL and paged by
   * page number. Offset paging, not a cursor: the figures are summed per request over the period,
   * so a keyset cursor on them would jump whenever a click lands between two pages; a page number
   * stays simple and lets the table jump to any page. Equal values are ordered by id, so pages
   * neither repeat nor skip a partner while the figures stand still.
   */
  @Get('figures')
  @ApiOkResponse({ type: PartnerFiguresPageResponse })
  async figures(
    @CurrentBrand() brandId: string,
    @Query() query: PartnerFiguresQueryDto,
  ): Promise<PartnerFiguresPageResponse> {
    const sort = query.sort ?? '-revenue';
    const page = query.page ?? 1;
    const limit = query.limit ?? 50;
    const result = await this.figuresService.page(brandId, {
      from: query.from,
      to: query.to,
      role: query.role,
      type: query.type,
      status: query.status,
      search: query.search,
      sort: sort.replace(/^-/, '') as PartnerFigureSort,
      descending: sort.startsWith('-'),
      page,
      limit,
    });
    return {
      data: result.rows.map((row) => presentPartnerFigures(row, result.currency)),
      total: result.total,
      page,
      limit,
      from: result.from,
      to: result.to,
      currency: result.currency,
      timezone: result.timezone,
    };
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
