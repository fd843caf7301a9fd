import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDay } from '../../lib/format';
import { DateTime } from '../../ui/date-time';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { PageHeader } from '../../ui/page-header';
import { StatCard } from '../../ui/stat-card';
import { TableFrame } from '../../ui/table-frame';
import { statementDownloadUrl, statementQuery } from './api';
import { commissionKindLabel } from './commission-kind-label';
import { formatMonth } from './format-month';
import { isZeroAmount } from './is-zero-amount';
import { MarkPaidDialog } from './mark-paid-dialog';
import { StatementStatusBadge } from './statement-status-badge';

/** Figures and short labels stay on one line; the table scrolls sideways instead. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

function BackLink() {
  return (
    <Anchor component={Link} to="/console/payouts" size="sm" mb="xs" display="inline-flex" style={{ gap: 4 }}>
      <IconArrowLeft size={16} aria-hidden /> Payouts
    </Anchor>
  );
}

/** A statement: its totals, its lines (the ledger entries it pays), its documents, and marking it paid. */
export function StatementPage() {
  const { statementId = '' } = useParams();
  const statement = useQuery(statementQuery(statementId));
  const [paying, setPaying] = useState(false);

  if (statement.isPending) {
    return (
      <>
        <BackLink />
        <LoadingState label="Loading the statement…" />
      </>
    );
  }
  if (statement.isError) {
    return (
      <>
        <BackLink />
        <PageHeader title="Statement" />
        <ErrorState error={statement.error} onRetry={() => void statement.refetch()} />
      </>
    );
  }
  const s = statement.data;
  const money = (amount: string) => <Money amount={amount} currency={s.currency} />;
  const payable = s.status === 'issued' && !isZeroAmount(s.amountDue);
  return (
    <>
      <BackLink />
      <PageHeader
        title={`${s.partner.name}: ${formatMonth(s.period)}`}
        description={
          <>
            Statement of {s.brand} for {s.partner.name}
            {s.partner.externalRef ? ` (${s.partner.externalRef})` : ''}, issued <DateTime value={s.issuedAt} />.
          </>
        }
        actions={
          <>
            <Button
              component="a"
              href={statementDownloadUrl(s.id, 'pdf')}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              PDF
            </Button>
            <Button
              component="a"
              href={statementDownloadUrl(s.id, 'csv')}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              CSV
            </Button>
            {payable ? <Button onClick={() => setPaying(true)}>Mark paid</Button> : null}
          </>
        }
      />
      <Stack gap="lg">
        <Group gap="sm">
          <StatementStatusBadge status={s.status} />
          {s.paidAt ? (
            <Text size="sm">
              Paid <DateTime value={s.paidAt} dateOnly />, reference <strong>{s.paidReference}</strong>
            </Text>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md">
          <StatCard label="Opening balance" value={money(s.openingBalance)} change="Carried over" />
          <StatCard label="Earned" value={money(s.earned)} change="Its lines, clawbacks included" />
          <StatCard label="Total" value={money(s.total)} change={<>Minimum payout {money(s.minimumPayout)}</>} />
          <StatCard label="Amount due" value={money(s.amountDue)} />
          <StatCard label="Carried forward" value={money(s.carriedForward)} change="To the next statement" />
        </SimpleGrid>
        <Alert variant="light" color={payable ? 'brand' : 'gray'}>
          {s.note}
        </Alert>
        <section aria-labelledby="lines-title">
          <Title id="lines-title" order={2} fz="h4" mb="sm">
            Lines
          </Title>
          {s.lines.length === 0 ? (
            <Text size="sm" c="dimmed">
              No entries this month: the statement carries the balance over.
            </Text>
          ) : (
            <TableFrame label="Statement lines" minWidth={1000}>
              <Table verticalSpacing="sm" horizontalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">Order</Table.Th>
                    <Table.Th scope="col">Kind</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Order amount
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Credit
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Attributed
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Rate
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Amount
                    </Table.Th>
                    <Table.Th scope="col">Why</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.lines.map((line) => (
                    <Table.Tr key={`${line.entryId}`}>
                      <Table.Td style={NOWRAP}>{formatDay(line.date)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {line.transactionId ?? '—'}
                        </Text>
                        {line.otherPartners > 0 ? (
                          <Text size="xs" c="dimmed">
                            with {line.otherPartners} other partner{line.otherPartners === 1 ? '' : 's'}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{commissionKindLabel(line.kind)}</Table.Td>
                      <Table.Td ta="right" style={NOWRAP}>
                        {line.orderAmount ? money(line.orderAmount) : '—'}
                      </Table.Td>
                      <Table.Td ta="right" style={NOWRAP}>
                        {line.creditShare ?? '—'}
                      </Table.Td>
                      <Table.Td ta="right" style={NOWRAP}>
                        {line.attributedRevenue ? money(line.attributedRevenue) : '—'}
                      </Table.Td>
                      <Table.Td ta="right" style={NOWRAP}>
                        {line.rateBps === null ? '—' : `${(line.rateBps / 100).toFixed(2)} %`}
                      </Table.Td>
                      <Table.Td ta="right" fw={600} style={NOWRAP}>
                        {money(line.commission)}
                        {line.cappedAmount ? (
                          <Text size="xs" c="dimmed">
                            {money(line.cappedAmount)} held back
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td miw={200}>
                        <Text size="xs">{line.reason ?? ''}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row" colSpan={7}>
                      Earned
                    </Table.Th>
                    <Table.Td ta="right" fw={700}>
                      {money(s.earned)}
                    </Table.Td>
                    <Table.Td />
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </TableFrame>
          )}
        </section>
      </Stack>
      {paying ? (
        <MarkPaidDialog
          statements={[{ id: s.id, partnerName: s.partner.name, amountDue: s.amountDue, currency: s.currency }]}
          onClose={() => setPaying(false)}
        />
      ) : null}
    </>
  );
}
