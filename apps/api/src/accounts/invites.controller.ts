import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { BrandInPath, CurrentPrincipal, type Principal, type RequestWithPrincipal, Roles } from '#auth';
import { InvitesService } from '#core/accounts/index.js';
import { type Page, PageQuery } from '#core/platform/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { presentInvite } from './account-presenter.js';
import { CreateInviteDto, InviteCreatedResponse, InvitePage, InviteResponse } from './dto/invite.dto.js';

/** Invitations to a brand, made by the operator or the brand's managers (by key or signed in). */
@ApiTags('invites')
@ApiBearerAuth()
@ApiCookieAuth()
@Roles('operator', 'brand_manager')
@Controller('v1')
export class InvitesController {
  constructor(private readonly invites: InvitesService) {}

  @Post('brands/:brandId/invites')
  @HttpCode(201)
  @BrandInPath()
  @ApiCreatedResponse({ type: InviteCreatedResponse })
  async create(
    @Param('brandId', new IdPipe('brand')) brandId: string,
    @Body() body: CreateInviteDto,
    @Req() request: RequestWithPrincipal,
  ): Promise<InviteCreatedResponse> {
    const { invite, acceptUrl, mail } = await this.invites.create(brandId, body, request.session?.user);
    return {
      id: invite.id,
      email: invite.email,
      role: invite.role,
      partnerId: invite.partnerId,
      expiresAt: invite.expiresAt.toISOString(),
      acceptUrl,
      mail,
    };
  }

  @Get('brands/:brandId/invites')
  @BrandInPath()
  @ApiOkResponse({ type: InvitePage })
  async list(
    @Param('brandId', new IdPipe('brand')) brandId: string,
    @Query() query: PageQuery,
  ): Promise<Page<InviteResponse>> {
    return this.invites.list(brandId, query, (invite) => presentInvite(invite, this.invites.statusOf(invite)));
  }

  /** Withdraws an invite (its link stops working); another brand's invite is a 404. */
  @Delete('invites/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn (also when it already was, or was accepted).' })
  async revoke(@Param('id', new IdPipe('invite')) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.invites.revoke(id, principal.role === 'operator' ? undefined : principal.brandId);
  }
}
