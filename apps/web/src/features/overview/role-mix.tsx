import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { OverviewRoleMix } from '../../api/types';
import { formatShare } from '../../lib/format';
import { formatMoney } from '../../lib/money';
import { BarChart } from '../../ui/charts';
import { TableFrame } from '../../ui/table-frame';

/** A role's name for an axis or a row ("Awareness"); funnelRoleLabel's longer words would not fit there. */
const roleName = (role: string): string => role.charAt(0).toUpperCase() + role.slice(1);

/** A gap in percentage points, signed ("+8.6 pts"). */
function gapText(points: number | null): string {
  if (points === null) return '—';
  const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
    points,
  );
  return `${number} pts`;
}

/** Each funnel role's share of attributed revenue beside the brand's target, as bars and as a table. */
export function RoleMix({
  roles,
  targetSet,
  currency,
}: {
  roles: OverviewRoleMix[];
  targetSet: boolean;
  currency: string;
}) {
  // Recharts puts a row's fields on its bars as attributes: keys such as `role` or `target` would
  // be read as ARIA roles and link targets.
  const rows = roles.map((role) => ({
    roleName: roleName(role.role),
    actualShare: role.actual * 100,
    ...(targetSet ? { targetShare: (role.target ?? 0) * 100 } : {}),
  }));
  return (
    <Stack gap="md">
      <BarChart
        h={230}
        data={rows}
        dataKey="roleName"
        // Roles down the side: their names fit on a phone too.
        orientation="vertical"
        withLegend
        valueFormatter={(value) => formatShare(value / 100)}
        xAxisProps={{ domain: [0, 100] }}
        yAxisProps={{ width: 100 }}
        series={[
          { name: 'actualShare', label: 'Actual', color: 'brand.6' },
          ...(targetSet ? [{ name: 'targetShare', label: 'Target', color: 'gray.5' }] : []),
        ]}
        aria-label="Share of attributed revenue by funnel role against the target"
      />
      {roles.every((role) => role.actual === 0) ? (
        <Text size="sm" c="dimmed">
          No revenue was attributed to partners in this period, so each role's share is 0.
        </Text>
      ) : null}
      {targetSet ? null : (
        <Text size="sm" c="dimmed">
          No target mix is set yet.{' '}
          <Anchor component={Link} to="/console/settings/target-mix" underline="always">
            Set one in Settings
          </Anchor>{' '}
          to see how far each role is from it.
        </Text>
      )}
      <TableFrame label="Mix by funnel role" minWidth={300}>
        <Table verticalSpacing="xs" horizontalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Role</Table.Th>
              {/* The shares say it on a phone; the amounts join them from sm up. */}
              <Table.Th scope="col" ta="right" visibleFrom="sm">
                Revenue
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Share
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Target
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Gap
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roles.map((role) => (
              <Table.Tr key={role.role}>
                <Table.Th scope="row" fw={500}>
                  {roleName(role.role)}
                </Table.Th>
                <Table.Td ta="right" visibleFrom="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatMoney(role.attributedRevenue, currency)}
                </Table.Td>
                <Table.Td ta="right">{formatShare(role.actual)}</Table.Td>
                <Table.Td ta="right">{role.target === null ? '—' : formatShare(role.target)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {gapText(role.gapPoints)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
    </Stack>
  );
}
