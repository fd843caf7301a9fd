import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { TargetMix } from '../../api/types';
import { formatShare } from '../../lib/format';
import { BarChart } from '../../ui/charts';
import { figures } from './figures';

const gapText = (gap: number | null): string => {
  if (gap === null) return 'no target';
  if (gap === 0) return 'on target';
  const points = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(Math.abs(gap));
  return `${points} points ${gap < 0 ? 'under' : 'over'}`;
};

/** Each funnel role's share of attributed revenue against the brand's target mix. */
export function MixSection({ target }: { target: TargetMix }) {
  const data = target.roles.map((row) => ({
    // Not `role`: recharts spreads a row's fields onto its bars' SVG elements, where that is an ARIA attribute.
    funnelRole: figures.name(row.role),
    actual: row.actual,
    ...(target.set ? { target: row.target ?? 0 } : {}),
  }));
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="mix-title">
      <Title id="mix-title" order={2} fz="h4" mb={4}>
        Mix by funnel role
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Each role’s share of attributed revenue
        {target.set ? ', against the target mix.' : '. '}
        {target.set ? null : (
          <>
            No target mix is set:{' '}
            <Anchor component={Link} to="/console/settings" underline="always">
              set one in Settings
            </Anchor>{' '}
            to see the gaps.
          </>
        )}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <BarChart
          h={240}
          data={data}
          dataKey="funnelRole"
          // Roles down the side: their names stay whole on a phone.
          orientation="vertical"
          series={[
            { name: 'actual', label: 'Actual', color: 'brand.6' },
            ...(target.set ? [{ name: 'target', label: 'Target', color: 'gray.5' }] : []),
          ]}
          valueFormatter={(value) => formatShare(value, undefined, 0)}
          withLegend
          barProps={{ isAnimationActive: false }}
          xAxisProps={{ domain: [0, 1] }}
          yAxisProps={{ width: 100 }}
        />
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Mix by role">
          {target.roles.map((row) => (
            <Group key={row.role} component="li" justify="space-between" wrap="nowrap" gap="md">
              <Text size="sm" fw={500}>
                {figures.name(row.role)}
              </Text>
              <Text size="sm" ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatShare(row.actual)}
                {row.target === null ? null : (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    (target {formatShare(row.target)}, {gapText(row.gapPoints)})
                  </Text>
                )}
              </Text>
            </Group>
          ))}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
