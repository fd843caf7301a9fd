import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatMoney } from '../../lib/money';
import { isZeroAmount } from './is-zero-amount';
import { DatePickerInput } from '../../ui/dates';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { useActiveMembership } from '../auth';
import { useActiveBrand } from '../brand';
import { conversionsQuery, partnerOptionsQuery } from './api';
import {
  CHANNELS,
  type ConversionFilters,
  FLAGS,
  hasFilters,
  readFilters,
  SOURCES,
  STATUSES,
  writeFilters,
} from './conversion-filters';
import { CHANNEL_LABELS, flagLabel, SOURCE_LABELS, STATUS_LABELS } from './conversion-labels';
import { FlagBadges } from './flag-badges';
import { roleShortLabel } from './role-colors';
import { StatusBadge } from './status-badge';
import { ShowMore } from '../../ui/show-more';

const options = <T extends string>(values: T[], label: (value: T) => string) =>
  values.map((value) => ({ value, label: label(value) }));

/** The filter bar: every filter lives in the URL, so a filtered list can be bookmarked and shared. */
function Filters({
  brandId,
  filters,
  onChange,
}: {
  brandId: string;
  filters: ConversionFilters;
  onChange: (next: ConversionFilters) => void;
}) {
  const partners = useQuery(partnerOptionsQuery(brandId));
  const [search, setSearch] = useState(filters.q ?? '');
  const commitSearch = useDebouncedCallback((q: string) => onChange({ ...filters, q: q.trim() || undefined }), 300);
  const set = (key: keyof ConversionFilters) => (value: string | null) =>
    onChange({ ...filters, [key]: value ?? undefined });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput
          label="Transaction id"
          placeholder="Part of the order id"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            commitSearch(event.currentTarget.value);
          }}
        />
        <Select
          label="Status"
          placeholder="Any status"
          data={options(STATUSES, (status) => STATUS_LABELS[status])}
          value={filters.status ?? null}
          onChange={set('status')}
          clearable
        />
        <Select
          label="Quality flag"
          placeholder="Any or none"
          data={options(FLAGS, flagLabel)}
          value={filters.flag ?? null}
          onChange={set('flag')}
          clearable
        />
        <Select
          label="Partner"
          placeholder={partners.isError ? 'Partners could not be loaded' : 'Any partner'}
          data={(partners.data?.data ?? []).map((partner) => ({ value: partner.id, label: partner.name }))}
          value={filters.partner ?? null}
          onChange={set('partner')}
          searchable
          clearable
          nothingFoundMessage="No partner by that name"
        />
        <Select
          label="Channel"
          placeholder="Any channel"
          data={options(CHANNELS, (channel) => CHANNEL_LABELS[channel])}
          value={filters.channel ?? null}
          onChange={set('channel')}
          clearable
        />
        <Select
          label="Arrived by"
          placeholder="Server or postback"
          data={options(SOURCES, (source) => SOURCE_LABELS[source])}
          value={filters.source ?? null}
          onChange={set('source')}
          clearable
        />
        <DatePickerInput
          type="range"
          label="Days"
          // No placeholder: Mantine draws this one as text of too little contrast (axe).
          description="The brand’s days; empty for any"
          value={[filters.from ?? null, filters.to ?? null]}
          onChange={([from, to]) => {
            // Half a range waits for its other end; a cleared one clears both.
            if (from && !to) return;
            onChange({ ...filters, from: from ? String(from) : undefined, to: to ? String(to) : undefined });
          }}
          allowSingleDateInRange
          clearable
          valueFormat="D MMM YYYY"
        />
      </SimpleGrid>
      {hasFilters(filters) ? (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setSearch('');
              onChange({});
            }}
          >
            Clear all filters
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

export function ConversionsPage() {
  const brandId = useActiveMembership()?.brandId ?? '';
  const brand = useActiveBrand();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const conversions = useInfiniteQuery({ ...conversionsQuery(brandId, filters), enabled: Boolean(brandId) });
  const rows = conversions.data?.pages.flatMap((page) => page.data) ?? [];
  const filtered = hasFilters(filters);

  return (
    <>
      <PageHeader
        title="Conversions"
        description="Every order and lead your server and networks reported, newest first, with its quality flags and the partners it credited."
        actions={
          <Button component={Link} to="/console/conversions/review" variant="light">
            Review queue
          </Button>
        }
      />
      <Stack gap="md">
        <Filters
          brandId={brandId}
          filters={filters}
          onChange={(next) => setParams(writeFilters(next), { replace: true })}
        />
        {conversions.isPending ? (
          <LoadingState label="Loading conversions…" />
        ) : conversions.isError ? (
          <ErrorState error={conversions.error} onRetry={() => void conversions.refetch()} />
        ) : rows.length === 0 ? (
          filtered ? (
            <EmptyState title="No conversion matches these filters">
              Widen the days or clear a filter to see more.
            </EmptyState>
          ) : (
            <EmptyState title="No conversions yet">
              Conversions appear here as soon as your server or a network posts one (POST /v1/conversions or a postback
              URL).
            </EmptyState>
          )
        ) : (
          <TableFrame label="Conversions" minWidth={980}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-busy={conversions.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Transaction</Table.Th>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    Amount
                  </Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Flags</Table.Th>
                  <Table.Th scope="col">Credited partners</Table.Th>
                  <Table.Th scope="col">Channel</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((conversion) => (
                  <Table.Tr key={conversion.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/console/conversions/${encodeURIComponent(conversion.transactionId)}`}
                        size="sm"
                        fw={500}
                        ff="monospace"
                      >
                        {conversion.transactionId}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        <DateTime value={conversion.occurredAt} timeZone={brand?.timezone} />
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        <Money amount={conversion.amount} currency={conversion.currency} />
                      </Text>
                      {!isZeroAmount(conversion.reversedAmount) ? (
                        <Text size="xs" c="dimmed">
                          {formatMoney(conversion.reversedAmount, conversion.currency)} refunded
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={conversion.status} />
                    </Table.Td>
                    <Table.Td>
                      <FlagBadges flags={conversion.flags} />
                    </Table.Td>
                    <Table.Td>
                      {conversion.partners.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          Nobody (no journey found)
                        </Text>
                      ) : (
                        conversion.partners.map((partner) => (
                          <Text size="sm" key={partner.id}>
                            {partner.name}{' '}
                            <Text span size="xs" c="dimmed">
                              {roleShortLabel(partner.role)}
                            </Text>
                          </Text>
                        ))
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{conversion.channel ? CHANNEL_LABELS[conversion.channel] : '—'}</Text>
                      <Text size="xs" c="dimmed">
                        {SOURCE_LABELS[conversion.source]}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={conversions} />
      </Stack>
    </>
  );
}
