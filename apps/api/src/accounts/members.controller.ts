import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { BrandInPath, Roles } from '#auth';
import { type Membership, MembersService } from '#core/accounts/index.js';
import { type Page, PageQuery } from '#core/platform/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { MemberPage, type MemberResponse } from './dto/member.dto.js';

function presentMember(membership: Membership): MemberResponse {
  return {
    userId: membership.userId,
    name: membership.user!.name,
    email: membership.user!.email,
    role: membership.role,
    partnerId: membership.partnerId,
    partnerName: membership.partner?.name ?? null,
    joinedAt: membership.createdAt.toISOString(),
  };
}

/** The people of a brand (managers and partner members), for the operator and the brand's managers. */
@ApiTags('invites')
@ApiBearerAuth()
@ApiCookieAuth()
@Roles('operator', 'brand_manager')
@Controller('v1/brands/:brandId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @BrandInPath()
  @ApiOkResponse({ type: MemberPage })
  list(
    @Param('brandId', new IdPipe('brand')) brandId: string,
    @Query() page: PageQuery,
  ): Promise<Page<MemberResponse>> {
    return this.members.list(brandId, page, presentMember);
  }

  /** Ends the person's membership: their sessions in this brand stop working at once. */
  @Delete(':userId')
  @HttpCode(204)
  @BrandInPath()
  @ApiNoContentResponse({ description: 'Removed from the brand (the person keeps their other memberships).' })
  @ApiConflictResponse({ description: '`last_manager`: the brand’s only manager cannot be removed.' })
  async remove(
    @Param('brandId', new IdPipe('brand')) brandId: string,
    @Param('userId', new IdPipe('member')) userId: string,
  ): Promise<void> {
    await this.members.remove(brandId, userId);
  }
}
