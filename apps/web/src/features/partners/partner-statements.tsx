import { Badge, Table } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { TableFrame } from '../../ui/table-frame';
import { statementsQuery } from './api';
import { PartnerSection } from './partner-section';
import { ShowMore } from '../../ui/show-more';

/** The partner's payout statements, month by month. */
export function PartnerStatements({ partnerId }: { partnerId: string }) {
  const statements = useInfiniteQuery(statementsQuery(partnerId));
  const rows = statements.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <PartnerSection id="partner-statements" title="Statements">
      {statements.isPending ? (
        <LoadingState label="Loading statements…" rows={2} />
      ) : statements.isError ? (
        <ErrorState error={statements.error} onRetry={() => void statements.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No statements yet">A statement is issued for each month once you run payouts.</EmptyState>
      ) : (
        <TableFrame label="Statements table" minWidth={620}>
          <Table verticalSpacing="xs" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Month</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Earned
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Amount due
                </Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Issued</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((statement) => (
                <Table.Tr key={statement.id}>
                  <Table.Td>{statement.period}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money amount={statement.earned} currency={statement.currency} />
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money amount={statement.amountDue} currency={statement.currency} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={statement.status === 'paid' ? 'teal' : 'blue'}>
                      {statement.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <DateTime value={statement.issuedAt} dateOnly />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      )}
      <ShowMore list={statements} />
    </PartnerSection>
  );
}
