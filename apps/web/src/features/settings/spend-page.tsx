import { Autocomplete, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Spend } from '../../api/types';
import { formatDay } from '../../lib/format';
import { formatMonth, monthDays, wholeMonthOf } from '../../lib/months';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { useActiveBrand } from '../brand';
import { spendQuery, useAddSpend } from './api';
import { ShowMore } from '../../ui/show-more';

const CHANNELS = ['paid_search', 'paid_social', 'display', 'tv', 'email', 'influencer_fees', 'agency'];

/** Marketing spend outside the partner program, by month and channel: what MER is measured against. */
export function SpendPage() {
  const brand = useActiveBrand();
  const spend = useInfiniteQuery(spendQuery());
  const rows = spend.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <>
      <PageHeader
        title="Marketing spend"
        description="What you spend outside the partner program, by month and channel. The partner-mix report adds it to commission cost for MER (revenue ÷ all marketing spend)."
      />
      <Stack gap="lg">
        {brand ? <SpendForm currency={brand.currency} /> : null}
        {spend.isPending ? (
          <LoadingState label="Loading spend…" rows={3} />
        ) : spend.isError ? (
          <ErrorState error={spend.error} onRetry={() => void spend.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title="No spend entered">
            Add each month’s spend per channel; without it, MER counts only what partners cost.
          </EmptyState>
        ) : (
          <TableFrame label="Marketing spend" minWidth={320}>
            <Table verticalSpacing="sm" horizontalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Period</Table.Th>
                  <Table.Th scope="col">Channel</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Amount
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((line) => (
                  <Table.Tr key={line.id}>
                    <Table.Td>
                      <Text size="sm">{period(line)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{line.channel}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">
                        <Money amount={line.amount} currency={line.currency} />
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={spend} />
      </Stack>
    </>
  );
}

function period(line: Spend): string {
  const month = wholeMonthOf(line.periodStart, line.periodEnd);
  return month ? formatMonth(month) : `${formatDay(line.periodStart)} – ${formatDay(line.periodEnd)}`;
}

function SpendForm({ currency }: { currency: string }) {
  const add = useAddSpend();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { month: '', channel: '', amount: '' },
    validate: {
      month: (value) => (monthDays(value) ? null : 'Pick the month the money was spent in'),
      channel: (value) => (value.trim() ? null : 'Name the channel, such as paid_social'),
      amount: (value) => (/^\d+(\.\d+)?$/.test(value.trim()) ? null : 'Enter an amount such as 12500.00'),
    },
  });
  return (
    <Card withBorder radius="md" padding="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          const days = monthDays(values.month)!;
          add.mutate(
            { ...days, channel: values.channel.trim(), amount: values.amount.trim(), currency },
            {
              onSuccess: () => form.setValues({ channel: '', amount: '' }),
              onError: (error) => setProblem(showApiErrorOnForm(form, error)),
            },
          );
        })}
      >
        <Stack gap="md">
          <Text component="h2" fw={650} fz="h4">
            Add spend
          </Text>
          <FormProblem problem={problem} title="The spend was not added" />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Month" type="month" required {...form.getInputProps('month')} />
            <Autocomplete label="Channel" data={CHANNELS} withAsterisk {...form.getInputProps('channel')} />
            <TextInput
              label={`Amount (${currency})`}
              inputMode="decimal"
              placeholder="12500.00"
              required
              {...form.getInputProps('amount')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              Add spend
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
