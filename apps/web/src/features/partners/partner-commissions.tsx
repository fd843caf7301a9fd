import { Badge, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { TableFrame } from '../../ui/table-frame';
import { commissionsQuery } from './api';
import { PartnerSection } from './partner-section';
import { ShowMore } from '../../ui/show-more';

const KIND_LABELS: Record<string, string> = {
  cps: 'Share of sale',
  cpa: 'Per conversion',
  new_customer_bonus: 'New-customer bonus',
  capped: 'Held back by cap',
  cpc: 'Per click',
  cpm: 'Per 1,000 impressions',
  flat_fee: 'Flat fee',
};
const STATUS_COLORS: Record<string, string> = { pending: 'blue', approved: 'teal', rejected: 'red' };

/** Every ledger entry of the partner, each one paying less than earned with the reason why. */
export function PartnerCommissions({ partnerId, timeZone }: { partnerId: string; timeZone?: string }) {
  const entries = useInfiniteQuery(commissionsQuery(partnerId));
  const rows = entries.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <PartnerSection id="partner-commissions" title="Commissions">
      {entries.isPending ? (
        <LoadingState label="Loading commissions…" rows={3} />
      ) : entries.isError ? (
        <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No commissions yet">Commissions appear once a conversion credits this partner.</EmptyState>
      ) : (
        <TableFrame label="Commissions table" minWidth={760}>
          <Table verticalSpacing="xs" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Amount
                </Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <DateTime value={entry.occurredAt} dateOnly timeZone={timeZone} />
                  </Table.Td>
                  <Table.Td>{KIND_LABELS[entry.kind] ?? entry.kind}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    <Money amount={entry.amount} currency={entry.currency} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[entry.status]}>
                      {entry.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={entry.reason ? undefined : 'dimmed'}>
                      {entry.reason ??
                        (entry.credit && entry.attributedRevenue ? `Credit ${entry.credit} of the order` : '—')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      )}
      <ShowMore list={entries} />
    </PartnerSection>
  );
}
