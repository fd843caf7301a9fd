import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { PartnerActivityService } from '#core/catalog/index.js';
import { presentActivity } from './activity-presenter.js';
import { ActivityQuery, ActivityResponse } from './activity.dto.js';

/** The partner portal's day-by-day activity: a partner key reads its own. */
@ApiTags('partner portal')
@ApiBearerAuth()
@Roles('partner')
@Controller('v1/me')
export class MeActivityController {
  constructor(private readonly activity: PartnerActivityService) {}

  @Get('daily')
  @ApiOkResponse({ type: ActivityResponse })
  async daily(@CurrentPartner() me: PartnerPrincipal, @Query() query: ActivityQuery): Promise<ActivityResponse> {
    return presentActivity(await this.activity.daily(me.brandId, me.partnerId, query));
  }
}
