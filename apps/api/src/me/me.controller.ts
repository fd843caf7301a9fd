import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { LinksService, PartnersService } from '#core/catalog/index.js';
import { type Page, PageQuery } from '#core/platform/index.js';
import { CreateLinkDto, LinkPage, LinkResponse } from '../links/dto/link.dto.js';
import { LinkPresenter } from '../links/link-presenter.js';
import { PartnerResponse } from '../partners/dto/partner.dto.js';
import { presentPartner } from '../partners/partners.controller.js';

/** The partner portal: a partner key sees and changes only its own partner's data. */
@ApiTags('partner portal')
@ApiBearerAuth()
@Roles('partner')
@Controller('v1/me')
export class MeController {
  constructor(
    private readonly partners: PartnersService,
    private readonly links: LinksService,
    private readonly presenter: LinkPresenter,
  ) {}

  @Get()
  @ApiOkResponse({ type: PartnerResponse })
  async profile(@CurrentPartner() me: PartnerPrincipal): Promise<PartnerResponse> {
    return presentPartner(await this.partners.get(me.brandId, me.partnerId));
  }

  @Post('links')
  @HttpCode(201)
  @ApiCreatedResponse({ type: LinkResponse })
  async createLink(@CurrentPartner() me: PartnerPrincipal, @Body() body: CreateLinkDto): Promise<LinkResponse> {
    return this.presenter.present(await this.links.create(me.brandId, me.partnerId, body));
  }

  @Get('links')
  @ApiOkResponse({ type: LinkPage })
  async listLinks(@CurrentPartner() me: PartnerPrincipal, @Query() page: PageQuery): Promise<Page<LinkResponse>> {
    return this.links.listForPartner(me.brandId, me.partnerId, page, this.presenter.present);
  }
}
