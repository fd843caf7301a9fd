import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { PartnerActivityService } from '#core/catalog/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { presentActivity } from './activity-presenter.js';
import { ActivityQuery, ActivityResponse } from './activity.dto.js';

/** Day-by-day clicks, impressions, credited conversions and commissions of a partner. */
@ApiTags('partner portal')
@ApiBearerAuth()
@Controller('v1')
export class ActivityController {
  constructor(private readonly activity: PartnerActivityService) {}

  @Get('partners/:id/daily')
  @Roles('brand_manager')
  @ApiOkResponse({ type: ActivityResponse, description: 'The same for any partner of the brand.' })
  async forPartner(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Query() query: ActivityQuery,
  ): Promise<ActivityResponse> {
    return presentActivity(await this.activity.daily(brandId, partnerId, query));
  }
}
