import { Paper, Stack, Text } from '@mantine/core';
import type { OverviewDay } from '../../api/types';
import { formatCount, formatDay } from '../../lib/format';
import { formatMoney } from '../../lib/money';
import { CompositeChart } from '../../ui/charts';

interface Row {
  dayLabel: string;
  clicks: number;
  conversions: number;
  /** Geometry only; the tooltip shows `revenueText`, formatted from the API's string. */
  revenue: number;
  revenueText: string;
}

/** The tooltip of a day: its counts and its revenue exactly as the API sent it. */
function DayTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: Row }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm">
      <Text size="sm" fw={600}>
        {row.dayLabel}
      </Text>
      <Text size="xs">Clicks: {formatCount(row.clicks)}</Text>
      <Text size="xs">Conversions: {formatCount(row.conversions)}</Text>
      <Text size="xs">Attributed revenue: {row.revenueText}</Text>
    </Paper>
  );
}

/** Clicks and conversions (left axis) and attributed revenue (bars, right axis), one point per local day. */
export function DailyChart({ days, currency }: { days: OverviewDay[]; currency: string }) {
  const rows: Row[] = days.map((day) => ({
    dayLabel: formatDay(day.day, undefined, { day: 'numeric', month: 'short' }),
    clicks: day.clicks,
    conversions: day.conversions,
    revenue: Number(day.attributedRevenue),
    revenueText: formatMoney(day.attributedRevenue, currency),
  }));
  const totals = days.reduce(
    (sum, day) => ({ clicks: sum.clicks + day.clicks, conversions: sum.conversions + day.conversions }),
    {
      clicks: 0,
      conversions: 0,
    },
  );
  return (
    <Stack gap="xs">
      <CompositeChart
        h={280}
        data={rows}
        dataKey="dayLabel"
        withLegend
        withRightYAxis
        withDots={days.length <= 14}
        curveType="linear"
        yAxisLabel="Clicks, conversions"
        rightYAxisLabel="Revenue"
        yAxisProps={{ allowDecimals: false }}
        rightYAxisProps={{
          tickFormatter: (value: number) => formatMoney(String(value), currency).replace(/\.00$/, ''),
        }}
        tooltipProps={{ content: DayTooltip }}
        series={[
          { name: 'revenue', label: 'Attributed revenue', type: 'bar', color: 'brand.2', yAxisId: 'right' },
          { name: 'clicks', label: 'Clicks', type: 'line', color: 'blue.6' },
          { name: 'conversions', label: 'Conversions', type: 'line', color: 'teal.7' },
        ]}
        aria-label={`Daily chart: ${formatCount(totals.clicks)} clicks and ${formatCount(totals.conversions)} conversions over ${days.length} days`}
      />
    </Stack>
  );
}
