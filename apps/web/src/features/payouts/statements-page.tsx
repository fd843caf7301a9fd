import { Anchor, Button, Checkbox, Group, Select, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ListedStatement, StatementStatus } from '../../api/types';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { useActiveBrand } from '../brand';
import { statementsQuery } from './api';
import { closedMonths } from './closed-months';
import { formatMonth } from './format-month';
import { isZeroAmount } from './is-zero-amount';
import { MarkPaidDialog } from './mark-paid-dialog';
import { RunPanel } from './run-panel';
import { StatementStatusBadge } from './statement-status-badge';
import { ShowMore } from '../../ui/show-more';

const STATUSES = [
  { value: 'all', label: 'All' },
  { value: 'issued', label: 'Issued' },
  { value: 'paid', label: 'Paid' },
];
const ALL_MONTHS = 'all';

/** Figures and short labels stay on one line; the table scrolls sideways instead. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** A statement that can be paid: issued, with an amount due. */
const payable = (statement: ListedStatement) => statement.status === 'issued' && !isZeroAmount(statement.amountDue);

/**
 * The brand's payout statements by month and status (both in the URL: `?period=2026-10&status=issued`;
 * no period means last month, `period=all` every month), the month's run, and paying several at once.
 */
export function StatementsPage() {
  const brand = useActiveBrand();
  const [params, setParams] = useSearchParams();
  const months = useMemo(() => closedMonths(new Date(), brand?.timezone ?? 'UTC'), [brand?.timezone]);
  const period = params.get('period') || months[0];
  const status = (['issued', 'paid'].includes(params.get('status') ?? '') ? params.get('status') : '') as
    StatementStatus | '';
  const filters = { period: period === ALL_MONTHS ? '' : period, status };
  const statements = useInfiniteQuery({ ...statementsQuery(filters), enabled: Boolean(brand) });
  const rows = statements.data?.pages.flatMap((page) => page.data) ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [paying, setPaying] = useState(false);

  const setFilter = (name: 'period' | 'status', value: string) => {
    const next = new URLSearchParams(params);
    if (value && !(name === 'status' && value === 'all')) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    setSelected(new Set());
  };
  const monthOptions = [
    { value: ALL_MONTHS, label: 'All months' },
    ...[...new Set([...(period === ALL_MONTHS ? [] : [period]), ...months])]
      .sort()
      .reverse()
      .map((key) => ({ value: key, label: formatMonth(key) })),
  ];
  const selectable = rows.filter(payable);
  const chosen = rows.filter((row) => selected.has(row.id));
  const allChosen = selectable.length > 0 && selectable.every((row) => selected.has(row.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PageHeader
        title="Payouts"
        description="Each month’s statements: what every partner earned, what was clawed back, what is carried over and what is due. Mark them paid with the payment’s reference."
      />
      <Stack gap="lg">
        {period === ALL_MONTHS ? null : <RunPanel key={period} period={period} />}
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label="Month"
            data={monthOptions}
            value={period}
            allowDeselect={false}
            onChange={(value) => setFilter('period', value ?? '')}
            w={200}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="status-filter">
              Status
            </Text>
            <SegmentedControl
              aria-labelledby="status-filter"
              data={STATUSES}
              value={status || 'all'}
              onChange={(value) => setFilter('status', value)}
            />
          </Stack>
        </Group>
        {chosen.length ? (
          <Group
            gap="sm"
            justify="space-between"
            p="sm"
            bg="var(--mantine-color-brand-light)"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          >
            <Text size="sm" fw={500}>
              {chosen.length} selected
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setSelected(new Set())}>
                Clear
              </Button>
              <Button size="xs" onClick={() => setPaying(true)}>
                Mark {chosen.length} paid
              </Button>
            </Group>
          </Group>
        ) : null}
        {statements.isPending ? (
          <LoadingState label="Loading statements…" />
        ) : statements.isError ? (
          <ErrorState error={statements.error} onRetry={() => void statements.refetch()} />
        ) : rows.length === 0 ? (
          status ? (
            <EmptyState
              title="No statement matches"
              action={
                <Button variant="default" size="xs" onClick={() => setFilter('status', 'all')}>
                  Show every status
                </Button>
              }
            >
              {period === ALL_MONTHS ? 'No statement' : `No statement of ${formatMonth(period)}`} is {status}.
            </EmptyState>
          ) : (
            <EmptyState
              title={period === ALL_MONTHS ? 'No statements yet' : `No statements for ${formatMonth(period)}`}
            >
              {period === ALL_MONTHS
                ? 'Choose a month that is over and run its statements.'
                : 'Run the month above: every partner with approved commissions or a balance carried over gets a statement.'}
            </EmptyState>
          )
        ) : (
          <TableFrame label="Statements" minWidth={960}>
            <Table verticalSpacing="sm" horizontalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={40}>
                    <Checkbox
                      aria-label="Select every payable statement on the page"
                      checked={allChosen}
                      indeterminate={!allChosen && chosen.length > 0}
                      disabled={selectable.length === 0}
                      onChange={() => setSelected(allChosen ? new Set() : new Set(selectable.map((row) => row.id)))}
                    />
                  </Table.Th>
                  <Table.Th scope="col">Partner</Table.Th>
                  {period === ALL_MONTHS ? <Table.Th scope="col">Month</Table.Th> : null}
                  <Table.Th scope="col" ta="right">
                    Opening balance
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Earned
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Clawbacks
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Carried forward
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Amount due
                  </Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Paid</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      {payable(row) ? (
                        <Checkbox
                          aria-label={`Select ${row.partnerName}`}
                          checked={selected.has(row.id)}
                          onChange={() => toggle(row.id)}
                        />
                      ) : null}
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      <Anchor component={Link} to={`/console/payouts/${row.id}`} size="sm" fw={500}>
                        {row.partnerName}
                      </Anchor>
                    </Table.Td>
                    {period === ALL_MONTHS ? <Table.Td style={NOWRAP}>{formatMonth(row.period)}</Table.Td> : null}
                    <Table.Td ta="right" style={NOWRAP}>
                      <Money amount={row.openingBalance} currency={row.currency} />
                    </Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>
                      <Money amount={row.earned} currency={row.currency} />
                    </Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>
                      <Money amount={row.clawbacks} currency={row.currency} />
                    </Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>
                      <Money amount={row.carriedForward} currency={row.currency} />
                    </Table.Td>
                    <Table.Td ta="right" fw={600} style={NOWRAP}>
                      <Money amount={row.amountDue} currency={row.currency} />
                    </Table.Td>
                    <Table.Td style={{ minWidth: 96 }}>
                      <StatementStatusBadge status={row.status} />
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      {row.paidAt ? (
                        <>
                          <Text size="sm">
                            <DateTime value={row.paidAt} dateOnly />
                          </Text>
                          <Text size="xs" c="dimmed">
                            {row.paidReference}
                          </Text>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={statements} />
      </Stack>
      {paying && chosen.length ? (
        <MarkPaidDialog statements={chosen} onClose={() => setPaying(false)} onPaid={() => setSelected(new Set())} />
      ) : null}
    </>
  );
}
