import { formatMoney } from '#domain';
import { type ActivityDay } from '#core/catalog/index.js';
import { type ActivityResponse } from './activity.dto.js';

export function presentActivity(result: { currency: string; timezone: string; days: ActivityDay[] }): ActivityResponse {
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
