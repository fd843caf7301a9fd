import { SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import type { PlanPreview } from '../../api/types';
import { formatShare } from '../../lib/format';
import { formatMoney } from '../../lib/money';
import { funnelRoleLabel } from '../../lib/partner-kinds';
import { StatCard } from '../../ui/stat-card';
import { TableFrame } from '../../ui/table-frame';
import type { PlanPreviews } from './api';

/** "+€6.00", "−€1.50", "€0.00": a difference says which way it goes. */
function signedMoney(amount: string, currency: string): string {
  const zero = /^-?0*(\.0*)?$/.test(amount);
  return zero || amount.startsWith('-') ? formatMoney(amount, currency) : `+${formatMoney(amount, currency)}`;
}

const costOfSale = (share: number | null): string => (share === null ? '—' : formatShare(share, undefined, 2));

/** One period's preview: the totals, then partner by partner. */
function PeriodPreview({ preview, label }: { preview: PlanPreview; label: string }) {
  const { currency, totals } = preview;
  const money = (amount: string) => formatMoney(amount, currency);
  // Partners with nothing either way would only lengthen the table.
  const partners = preview.partners.filter(
    (row) => !(/^0*(\.0*)?$/.test(row.commission) && /^0*(\.0*)?$/.test(row.currentCommission)),
  );
  return (
    <Stack gap="md" pt="md">
      <Text size="sm" c="dimmed">
        {preview.conversions === 1 ? '1 conversion' : `${preview.conversions} conversions`} in {label} replayed under
        the draft, beside what the ledger holds for them.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
        <StatCard label="Earned" value={money(totals.currentCommission)} change="Commission in the ledger" />
        <StatCard label="Would earn" value={money(totals.commission)} change="Commission under the draft" />
        <StatCard label="Difference" value={signedMoney(totals.difference, currency)} change="Would earn − earned" />
        <StatCard
          label="Cost of sale"
          value={`${costOfSale(totals.currentCostOfSale)} → ${costOfSale(totals.costOfSale)}`}
          change={`Commission over ${money(totals.attributedRevenue)} attributed revenue`}
        />
      </SimpleGrid>
      {partners.length === 0 ? (
        <Text size="sm">No partner earned or would earn commission in {label}.</Text>
      ) : (
        <TableFrame label={`Preview by partner, ${label}`} minWidth={720}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Partner</Table.Th>
                <Table.Th scope="col" ta="right">
                  Attributed revenue
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Earned
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Would earn
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Difference
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.map((row) => (
                <Table.Tr key={row.partnerId}>
                  <Table.Th scope="row" fw={500}>
                    <Text size="sm" fw={500}>
                      {row.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {funnelRoleLabel(row.role).split(' — ')[0]}
                    </Text>
                  </Table.Th>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {money(row.attributedRevenue)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {money(row.currentCommission)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {money(row.commission)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {signedMoney(row.difference, currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      )}
      <Text size="xs" c="dimmed">
        {preview.note}
      </Text>
    </Stack>
  );
}

/** The draft against the last closed month and quarter, one tab each. */
export function PlanPreviewPanel({ previews }: { previews: PlanPreviews }) {
  return (
    <Tabs defaultValue="month">
      <Tabs.List>
        <Tabs.Tab value="month">Last month ({previews.month.period})</Tabs.Tab>
        <Tabs.Tab value="quarter">Last quarter ({previews.quarter.period})</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="month">
        <PeriodPreview preview={previews.month} label="last month" />
      </Tabs.Panel>
      <Tabs.Panel value="quarter">
        <PeriodPreview preview={previews.quarter} label="last quarter" />
      </Tabs.Panel>
    </Tabs>
  );
}
