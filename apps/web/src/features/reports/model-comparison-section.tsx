import { Alert, Badge, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { DataDriven, ModelComparison } from '../../api/types';
import { Money } from '../../ui/money';
import { BarChart } from '../../ui/charts';
import { TableFrame } from '../../ui/table-frame';
import { figures } from './figures';
import { MoneyTooltip, type MoneyChartRow } from './money-tooltip';

/** Partners drawn in the chart (the table below it has them all). */
const CHART_PARTNERS = 12;
const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
/** A numeric column's header: right-aligned like its figures, free to wrap. */
const numericHeader = { textAlign: 'right' } as const;
const VERDICT = {
  over_valued: { label: 'Over-valued by last click', color: 'orange' },
  under_valued: { label: 'Under-valued by last click', color: 'blue' },
  in_line: { label: 'In line', color: 'gray' },
} as const;

/** "A", "A and B", "A, B and C". */
const listOf = (names: string[]): string =>
  new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' }).format(names);

/** Axis ticks: round numbers of the chart's scale (not amounts of the report), short. */
const tickFormatter = (currency: string) => (value: number) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact' }).format(value);

/** A chart row from the API's amounts: drawn from numbers, labelled with the strings. */
function chartRow(label: string, amounts: Record<string, string>): MoneyChartRow & { label: string } {
  return {
    label,
    amounts,
    ...Object.fromEntries(Object.entries(amounts).map(([key, amount]) => [key, Number(amount)])),
  };
}

/**
 * The same revenue credited by last click, first click, linear and the settlement model, per
 * partner; per role also by the data-driven views (Shapley, Markov); and who last click over- or
 * under-values.
 */
export function ModelComparisonSection({
  comparison,
  dataDriven,
  currency,
}: {
  comparison: ModelComparison;
  dataDriven: DataDriven;
  currency: string;
}) {
  const settlement = `Settlement (${figures.name(comparison.settlementModel)})`;
  const partnerLabels = { lastClick: 'Last click', firstClick: 'First click', linear: 'Linear', settlement };
  const roleLabels = { lastClick: 'Last click', settlement, shapley: 'Shapley', markov: 'Markov' };
  const partners = comparison.byPartner.slice(0, CHART_PARTNERS).map((row) =>
    chartRow(row.name, {
      lastClick: row.lastClick,
      firstClick: row.firstClick,
      linear: row.linear,
      settlement: row.settlement,
    }),
  );
  const roles = comparison.byRole.map((row) =>
    chartRow(figures.name(row.role), {
      lastClick: row.lastClick,
      settlement: row.settlement,
      shapley: dataDriven.shapley.byRole.find((item) => item.role === row.role)?.revenue ?? '0.00',
      markov: dataDriven.markov.byRole.find((item) => item.role === row.role)?.revenue ?? '0.00',
    }),
  );
  const over = comparison.overValuedByLastClick;
  const under = comparison.underValuedByLastClick;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="models-title">
      <Title id="models-title" order={2} fz="h4" mb={4}>
        Attribution models compared
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        The quarter’s attributed revenue as each model would credit it. Commissions were paid on the settlement model;
        last click is what most networks settle on.
      </Text>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Alert color="orange" variant="light" title="Over-valued by last click">
            {over.length
              ? `${listOf(over)} ${over.length === 1 ? 'gets' : 'get'} more revenue by last click than by the settlement model: last click would overpay ${over.length === 1 ? 'it' : 'them'}.`
              : 'No partner gets markedly more by last click than by the settlement model.'}
          </Alert>
          <Alert color="blue" variant="light" title="Under-valued by last click">
            {under.length
              ? `${listOf(under)} ${under.length === 1 ? 'gets' : 'get'} less revenue by last click than by the settlement model: last click would underpay the demand ${under.length === 1 ? 'it creates' : 'they create'}.`
              : 'No partner gets markedly less by last click than by the settlement model.'}
          </Alert>
        </SimpleGrid>
        <div>
          <Title order={3} fz="h5" mb="xs">
            By partner
            {comparison.byPartner.length > CHART_PARTNERS
              ? ` (the ${CHART_PARTNERS} with most revenue of ${comparison.byPartner.length})`
              : null}
          </Title>
          <BarChart
            h={Math.max(220, partners.length * 72)}
            data={partners}
            dataKey="label"
            orientation="vertical"
            series={[
              { name: 'lastClick', label: partnerLabels.lastClick, color: 'orange.6' },
              { name: 'firstClick', label: partnerLabels.firstClick, color: 'grape.5' },
              { name: 'linear', label: partnerLabels.linear, color: 'gray.5' },
              { name: 'settlement', label: partnerLabels.settlement, color: 'brand.6' },
            ]}
            yAxisProps={{ width: 130 }}
            valueFormatter={tickFormatter(currency)}
            tooltipProps={{
              content: ({ label, payload }) => (
                <MoneyTooltip label={label} payload={payload} currency={currency} labels={partnerLabels} />
              ),
            }}
            withLegend
            barProps={{ isAnimationActive: false }}
          />
        </div>
        <TableFrame label="Revenue by model and partner" minWidth={760}>
          <Table verticalSpacing="xs" horizontalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Partner</Table.Th>
                <Table.Th scope="col" style={numericHeader}>
                  Last click
                </Table.Th>
                <Table.Th scope="col" style={numericHeader}>
                  First click
                </Table.Th>
                <Table.Th scope="col" style={numericHeader}>
                  Linear
                </Table.Th>
                <Table.Th scope="col" style={numericHeader}>
                  {settlement}
                </Table.Th>
                <Table.Th scope="col">Last click</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {comparison.byPartner.map((row) => (
                <Table.Tr key={row.partnerId}>
                  <Table.Th scope="row" fw={500}>
                    {row.name}
                  </Table.Th>
                  <Table.Td style={numeric}>
                    <Money amount={row.lastClick} currency={currency} />
                  </Table.Td>
                  <Table.Td style={numeric}>
                    <Money amount={row.firstClick} currency={currency} />
                  </Table.Td>
                  <Table.Td style={numeric}>
                    <Money amount={row.linear} currency={currency} />
                  </Table.Td>
                  <Table.Td style={numeric}>
                    <Money amount={row.settlement} currency={currency} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none" color={VERDICT[row.lastClickVerdict].color}>
                      {VERDICT[row.lastClickVerdict].label}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
        <div>
          <Title order={3} fz="h5" mb="xs">
            By funnel role, with the data-driven views
          </Title>
          <BarChart
            h={360}
            data={roles}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 100 }}
            series={[
              { name: 'lastClick', label: roleLabels.lastClick, color: 'orange.6' },
              { name: 'settlement', label: roleLabels.settlement, color: 'brand.6' },
              { name: 'shapley', label: roleLabels.shapley, color: 'teal.6' },
              { name: 'markov', label: roleLabels.markov, color: 'indigo.5' },
            ]}
            valueFormatter={tickFormatter(currency)}
            tooltipProps={{
              content: ({ label, payload }) => (
                <MoneyTooltip label={label} payload={payload} currency={currency} labels={roleLabels} />
              ),
            }}
            withLegend
            barProps={{ isAnimationActive: false }}
          />
        </div>
      </Stack>
    </Card>
  );
}
