import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { type Link, LinksService } from '#core/catalog/index.js';
import { type Page, PageQuery } from '#core/platform/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { CreateLinkDto, LinkPage, LinkResponse } from './dto/link.dto.js';
import { presentLink } from './link-presenter.js';

@ApiTags('links')
@ApiBearerAuth()
@Roles('brand_manager')
@Controller('v1/partners/:id/links')
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: LinkResponse })
  async create(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Body() body: CreateLinkDto,
  ): Promise<LinkResponse> {
    return this.present(await this.links.create(brandId, partnerId, body));
  }

  @Get()
  @ApiOkResponse({ type: LinkPage })
  async list(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Query() page: PageQuery,
  ): Promise<Page<LinkResponse>> {
    return this.links.listForPartner(brandId, partnerId, page, (link) => this.present(link));
  }

  private present(link: Link): LinkResponse {
    return presentLink(link, this.links.trackingUrl(link.code, link));
  }
}
