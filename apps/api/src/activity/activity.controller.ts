import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CurrentBrand, CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { formatMoney } from '#domain';
import { type ActivityDay, MAX_ACTIVITY_DAYS, PartnerActivityService } from '#core/catalog/index.js';
import { IsCalendarDate } from '#core/platform/index.js';
import { IdPipe } from '../http/id.pipe.js';

export class ActivityQuery {
  @ApiPropertyOptional({
    example: '2026-10-01',
    description: "First local day (brand's time zone); default 29 days before `to`.",
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-10-31',
    description: `Last local day, inclusive; default today. At most ${MAX_ACTIVITY_DAYS} days.`,
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

function present(result: { currency: string; timezone: string; days: ActivityDay[] }): Record<string, unknown> {
  return {
    currency: result.currency,
    timezone: result.timezone,
    days: result.days.map((day) => ({
      date: day.date,
      clicks: day.clicks,
      impressions: day.impressions,
      conversions: day.conversions,
      attributedRevenue: formatMoney(day.attributedRevenueMinor, result.currency),
      commission: formatMoney(day.commissionMinor, result.currency),
    })),
  };
}

/** Day-by-day clicks, impressions, credited conversions and commissions of a partner. */
@ApiTags('partner portal')
@ApiBearerAuth()
@Controller('v1')
export class ActivityController {
  constructor(private readonly activity: PartnerActivityService) {}

  @Get('me/daily')
  @Roles('partner')
  @ApiOkResponse({
    description:
      '`{ currency, timezone, days: [{ date, clicks, impressions, conversions, attributedRevenue, commission }] }`',
  })
  async mine(@CurrentPartner() me: PartnerPrincipal, @Query() query: ActivityQuery): Promise<Record<string, unknown>> {
    return present(await this.activity.daily(me.brandId, me.partnerId, query));
  }

  @Get('partners/:id/daily')
  @Roles('brand_manager')
  @ApiOkResponse({ description: 'The same for any partner of the brand.' })
  async forPartner(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Query() query: ActivityQuery,
  ): Promise<Record<string, unknown>> {
    return present(await this.activity.daily(brandId, partnerId, query));
  }
}
