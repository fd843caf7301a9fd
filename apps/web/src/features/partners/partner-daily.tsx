import { Box, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatCount, formatDay } from '../../lib/format';
import { formatMoney, sumMoney } from '../../lib/money';
import { CompositeChart } from '../../ui/charts';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { StatCard } from '../../ui/stat-card';
import type { ActivityResponse } from '../../api/types';
import { dailyQuery } from './api';
import { PartnerSection } from './partner-section';

type Day = ActivityResponse['days'][number];

/** The tooltip of a day: its counts, and its money as the API sent it (never the plotted number). */
function DayTooltip({ day, currency }: { day: Day | undefined; currency: string }) {
  if (!day) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm">
      <Text size="xs" fw={600}>
        {formatDay(day.date)}
      </Text>
      <Text size="xs">Clicks: {formatCount(day.clicks)}</Text>
      <Text size="xs">Conversions: {formatCount(day.conversions)}</Text>
      <Text size="xs">Revenue: {formatMoney(day.attributedRevenue, currency)}</Text>
      <Text size="xs">Commission: {formatMoney(day.commission, currency)}</Text>
    </Paper>
  );
}

/** The last 30 days: totals, and clicks, conversions and attributed revenue day by day. */
export function PartnerDaily({ partnerId }: { partnerId: string }) {
  const daily = useQuery(dailyQuery(partnerId));
  return (
    <PartnerSection id="partner-daily" title="Last 30 days">
      {daily.isPending ? (
        <LoadingState label="Loading the last 30 days…" rows={3} />
      ) : daily.isError ? (
        <ErrorState error={daily.error} onRetry={() => void daily.refetch()} />
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <StatCard label="Clicks" value={formatCount(daily.data.days.reduce((sum, day) => sum + day.clicks, 0))} />
            <StatCard
              label="Conversions"
              value={formatCount(daily.data.days.reduce((sum, day) => sum + day.conversions, 0))}
            />
            <StatCard
              label="Revenue"
              value={
                <Money
                  amount={sumMoney(daily.data.days.map((day) => day.attributedRevenue))}
                  currency={daily.data.currency}
                />
              }
            />
            <StatCard
              label="Commission"
              value={
                <Money amount={sumMoney(daily.data.days.map((day) => day.commission))} currency={daily.data.currency} />
              }
            />
          </SimpleGrid>
          <Box role="img" aria-label="Clicks, conversions and attributed revenue per day over the last 30 days">
            <CompositeChart
              h={240}
              data={daily.data.days.map((day) => ({
                date: formatDay(day.date, undefined, { day: 'numeric', month: 'short' }),
                Clicks: day.clicks,
                Conversions: day.conversions,
                // Geometry only: labels and the tooltip show the API's strings.
                Revenue: Number(day.attributedRevenue),
              }))}
              dataKey="date"
              withLegend
              withRightYAxis
              // Counts per day: straight segments between days, no smoothing above or below the data.
              curveType="linear"
              withDots={false}
              yAxisProps={{ allowDecimals: false }}
              rightYAxisProps={{ tickFormatter: (value: number) => formatMoney(String(value), daily.data.currency) }}
              series={[
                { name: 'Revenue', color: 'brand.2', type: 'bar', yAxisId: 'right' },
                { name: 'Clicks', color: 'blue.6', type: 'line' },
                { name: 'Conversions', color: 'orange.6', type: 'line' },
              ]}
              tooltipProps={{
                content: ({ label }) => (
                  <DayTooltip
                    day={daily.data.days.find(
                      (day) => formatDay(day.date, undefined, { day: 'numeric', month: 'short' }) === label,
                    )}
                    currency={daily.data.currency}
                  />
                ),
              }}
            />
          </Box>
        </Stack>
      )}
    </PartnerSection>
  );
}
