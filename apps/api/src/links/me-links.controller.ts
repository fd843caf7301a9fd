import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { type Link, LinksService } from '#core/catalog/index.js';
import { type Page, PageQuery } from '#core/platform/index.js';
import { CreateLinkDto, LinkPage, LinkResponse } from './dto/link.dto.js';
import { presentLink } from './link-presenter.js';

/** The partner portal's tracking links: a partner key makes and lists its own. */
@ApiTags('partner portal')
@ApiBearerAuth()
@Roles('partner')
@Controller('v1/me')
export class MeLinksController {
  constructor(private readonly links: LinksService) {}

  @Post('links')
  @HttpCode(201)
  @ApiCreatedResponse({ type: LinkResponse })
  async create(@CurrentPartner() me: PartnerPrincipal, @Body() body: CreateLinkDto): Promise<LinkResponse> {
    return this.present(await this.links.create(me.brandId, me.partnerId, body));
  }

  @Get('links')
  @ApiOkResponse({ type: LinkPage })
  async list(@CurrentPartner() me: PartnerPrincipal, @Query() page: PageQuery): Promise<Page<LinkResponse>> {
    return this.links.listForPartner(me.brandId, me.partnerId, page, (link) => this.present(link));
  }

  private present(link: Link): LinkResponse {
    return presentLink(link, this.links.trackingUrl(link.code, link));
  }
}
