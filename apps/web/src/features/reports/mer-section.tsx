import { Anchor, Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { MerFigures } from '../../api/types';
import { formatMultiple, formatShare } from '../../lib/format';
import { Money } from '../../ui/money';
import { StatCard } from '../../ui/stat-card';
import { TableFrame } from '../../ui/table-frame';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * MER (all revenue over all marketing spend) and the spend behind it: the partners' commissions
 * and the other channels the brand entered, each channel's part of the quarter.
 */
export function MerSection({ mer, currency }: { mer: MerFigures; currency: string }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="mer-title">
      <Title id="mer-title" order={2} fz="h4" mb={4}>
        Marketing efficiency (MER)
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        The quarter’s revenue over everything spent on marketing. The brand enters its other spend in{' '}
        <Anchor component={Link} to="/console/settings" underline="always" size="sm">
          Settings
        </Anchor>
        ; spend over several quarters counts by its days in this one.
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="md">
        <StatCard label="MER" value={mer.mer === null ? '—' : formatMultiple(mer.mer)} />
        <StatCard label="Total revenue" value={<Money amount={mer.totalRevenue} currency={currency} />} />
        <StatCard label="Total spend" value={<Money amount={mer.totalSpend} currency={currency} />} />
        <StatCard
          label="Partners’ part of spend"
          value={mer.affiliateShareOfSpend === null ? '—' : formatShare(mer.affiliateShareOfSpend)}
        />
      </SimpleGrid>
      <TableFrame label="Spend behind MER" minWidth={360}>
        <Table verticalSpacing="xs" horizontalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Spend</Table.Th>
              <Table.Th scope="col" style={numeric}>
                In the quarter
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" fw={500}>
                Partner commissions
              </Table.Th>
              <Table.Td style={numeric}>
                <Money amount={mer.affiliateCost} currency={currency} />
              </Table.Td>
            </Table.Tr>
            {mer.otherSpendByChannel.map((spend) => (
              <Table.Tr key={spend.channel}>
                <Table.Th scope="row" fw={500}>
                  {spend.channel}
                </Table.Th>
                <Table.Td style={numeric}>
                  <Money amount={spend.amount} currency={currency} />
                </Table.Td>
              </Table.Tr>
            ))}
            {mer.otherSpendByChannel.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={2}>
                  <Text size="sm" c="dimmed">
                    No other marketing spend entered for this quarter, so MER counts the partners’ cost only.
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">Total</Table.Th>
              <Table.Td style={{ ...numeric, fontWeight: 700 }}>
                <Money amount={mer.totalSpend} currency={currency} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </TableFrame>
    </Card>
  );
}
