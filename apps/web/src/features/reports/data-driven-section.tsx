import { Card, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DataDriven } from '../../api/types';
import { formatCount, formatShare } from '../../lib/format';
import { partnerTypeLabel } from '../../lib/partner-kinds';
import { Money } from '../../ui/money';
import { TableFrame } from '../../ui/table-frame';
import { figures } from './figures';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
/** A numeric column's header: right-aligned like its figures, free to wrap. */
const numericHeader = { textAlign: 'right' } as const;

interface Row {
  key: string;
  name: string;
  conversions: number;
  revenue: string;
  share: number;
  removalEffect?: number;
}

function DataDrivenTable({ label, rows, currency }: { label: string; rows: Row[]; currency: string }) {
  const withEffect = rows.some((row) => row.removalEffect !== undefined);
  return (
    <TableFrame label={label} minWidth={withEffect ? 480 : 380}>
      <Table verticalSpacing="xs" horizontalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{label.endsWith('type') ? 'Partner type' : 'Funnel role'}</Table.Th>
            {withEffect ? (
              <Table.Th scope="col" style={numericHeader}>
                Removal effect
              </Table.Th>
            ) : null}
            <Table.Th scope="col" style={numericHeader}>
              Share
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              Conversions
            </Table.Th>
            <Table.Th scope="col" style={numericHeader}>
              Revenue
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.name}
              </Table.Th>
              {withEffect ? <Table.Td style={numeric}>{formatShare(row.removalEffect ?? 0)}</Table.Td> : null}
              <Table.Td style={numeric}>{formatShare(row.share)}</Table.Td>
              <Table.Td style={numeric}>{figures.credit(row.conversions)}</Table.Td>
              <Table.Td style={numeric}>
                <Money amount={row.revenue} currency={currency} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

/**
 * The data-driven views, for analysis beside the settlement model: Shapley values (each role's
 * or type's fair share of the journeys' revenue over every order of joining) and the Markov
 * chain's removal effects (how much conversion would be lost without it).
 */
export function DataDrivenSection({ dataDriven, currency }: { dataDriven: DataDriven; currency: string }) {
  const [by, setBy] = useState<'role' | 'type'>('role');
  const { shapley, markov } = dataDriven;
  const shapleyRows: Row[] =
    by === 'role'
      ? shapley.byRole.map((row) => ({ ...row, key: row.role, name: figures.name(row.role) }))
      : shapley.byType.map((row) => ({ ...row, key: row.type, name: partnerTypeLabel(row.type) }));
  const markovRows: Row[] =
    by === 'role'
      ? markov.byRole.map((row) => ({ ...row, key: row.role, name: figures.name(row.role) }))
      : markov.byType.map((row) => ({ ...row, key: row.type, name: partnerTypeLabel(row.type) }));
  const method = by === 'role' ? shapley.byRoleMethod : shapley.byTypeMethod;
  const suffix = by === 'role' ? 'by funnel role' : 'by partner type';

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="data-driven-title">
      <Title id="data-driven-title" order={2} fz="h4" mb={4}>
        Data-driven views
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        For analysis, not for paying: they read the quarter’s journeys as a whole rather than one conversion at a time.
      </Text>
      <SegmentedControl
        mb="md"
        value={by}
        onChange={(value) => setBy(value as 'role' | 'type')}
        data={[
          { value: 'role', label: 'By funnel role' },
          { value: 'type', label: 'By partner type' },
        ]}
        aria-label="Group the data-driven views"
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={3} fz="h5">
            Shapley value
          </Title>
          <Text size="xs" c="dimmed">
            {method === 'exact'
              ? 'Worked out exactly over every joining order.'
              : `Estimated from ${formatCount(shapley.samples ?? 0)} random joining orders.`}
          </Text>
          <DataDrivenTable label={`Shapley value ${suffix}`} rows={shapleyRows} currency={currency} />
        </Stack>
        <Stack gap="xs">
          <Title order={3} fz="h5">
            Markov removal effect
          </Title>
          <Text size="xs" c="dimmed">
            {formatCount(markov.journeys.converting)} converting and {formatCount(markov.journeys.nonConverting)}{' '}
            non-converting journeys ({markov.lookbackDays}-day lookback); {formatShare(markov.conversionProbability)} of
            them convert.
          </Text>
          <DataDrivenTable label={`Markov removal effect ${suffix}`} rows={markovRows} currency={currency} />
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
