import {
  Anchor,
  Button,
  Group,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconPlus, IconSearch, IconSelector } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { PartnerFiguresRow } from '../../api/types';
import { formatCount, formatDay } from '../../lib/format';
import {
  FUNNEL_ROLES,
  type FunnelRole,
  PARTNER_TYPES,
  type PartnerType,
  partnerTypeLabel,
} from '../../lib/partner-kinds';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { useActiveBrand } from '../brand';
import { PAGE_SIZE, partnersTableQuery } from './api';
import { CreatePartnerDialog } from './create-partner-dialog';
import { PartnerStatusBadge } from './partner-status-badge';
import { DEFAULT_TABLE_PERIOD, isTablePeriod, localToday, periodDays, TABLE_PERIODS } from './table-period';

type SortKey = 'name' | 'clicks' | 'conversions' | 'revenue' | 'commission' | 'epc';
const SORT_KEYS: SortKey[] = ['name', 'clicks', 'conversions', 'revenue', 'commission', 'epc'];
const DEFAULT_SORT = '-revenue';
const STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'suspended', label: 'Suspended' },
];

/** Two filters side by side on a phone, each its own width from a small tablet up. */
const HALF_ON_PHONE = { base: 'calc(50% - var(--mantine-spacing-sm) / 2)', xs: 160 };

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((candidate) => candidate === value);

/** A column header that sorts the table by its column; a second click turns the order round. */
function SortHeader({
  column,
  label,
  sort,
  onSort,
  numeric = false,
}: {
  column: SortKey;
  label: string;
  sort: string;
  onSort: (sort: string) => void;
  numeric?: boolean;
}) {
  const active = sort.replace(/^-/, '') === column;
  const descending = sort.startsWith('-');
  const Icon = !active ? IconSelector : descending ? IconArrowDown : IconArrowUp;
  // Figures sort from the largest first on the first click, names from A.
  const next = active ? (descending ? column : `-${column}`) : numeric ? `-${column}` : column;
  return (
    <Table.Th
      scope="col"
      aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}
      style={{ whiteSpace: 'nowrap', textAlign: numeric ? 'right' : undefined }}
    >
      <UnstyledButton onClick={() => onSort(next)} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function FigureCell({ children }: { children: React.ReactNode }) {
  return (
    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {children}
    </Table.Td>
  );
}

function PartnerRow({ partner, currency }: { partner: PartnerFiguresRow; currency: string }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={partner.id} size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
          {partner.name}
        </Anchor>
        {partner.email ? (
          <Text size="xs" c="dimmed" truncate maw={240}>
            {partner.email}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{partnerTypeLabel(partner.type)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap', textTransform: 'capitalize' }}>{partner.role}</Table.Td>
      <Table.Td miw={110}>
        <PartnerStatusBadge status={partner.status} />
      </Table.Td>
      <FigureCell>{formatCount(partner.clicks)}</FigureCell>
      <FigureCell>{formatCount(partner.conversions)}</FigureCell>
      <FigureCell>
        <Money amount={partner.attributedRevenue} currency={currency} />
      </FigureCell>
      <FigureCell>
        <Money amount={partner.commission} currency={currency} />
      </FigureCell>
      <FigureCell>{partner.epc === null ? '—' : <Money amount={partner.epc} currency={currency} />}</FigureCell>
    </Table.Tr>
  );
}

/**
 * Every partner of the brand with its figures for a period: filters, sort, search, period and page
 * all live in the URL, so that a view can be shared and the back button works.
 */
export function PartnersPage() {
  const brand = useActiveBrand();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const periodParam = params.get('period');
  const period = isTablePeriod(periodParam) ? periodParam : DEFAULT_TABLE_PERIOD;
  const sortParam = params.get('sort') ?? DEFAULT_SORT;
  const sort = SORT_KEYS.includes(sortParam.replace(/^-/, '') as SortKey) ? sortParam : DEFAULT_SORT;
  const role = pick(params.get('role'), FUNNEL_ROLES as readonly FunnelRole[]);
  const type = pick(params.get('type'), PARTNER_TYPES as readonly PartnerType[]);
  const status = pick(params.get('status'), ['active', 'suspended'] as const);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const searchParam = params.get('search') ?? '';
  const [search, setSearch] = useState(searchParam);
  const [debounced] = useDebouncedValue(search.trim(), 300);

  /** Changes some of the URL's settings; any change but the page goes back to page 1. */
  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  // The debounced search goes to the URL (and so to the query) once typing pauses.
  useEffect(() => {
    if (debounced !== (params.get('search') ?? '')) update({ search: debounced || undefined });
    // Only a new search writes the URL (not every render that builds a new `update`).
  }, [debounced]);

  const days = brand ? periodDays(period, localToday(brand.timezone)) : undefined;
  const table = useQuery({
    ...partnersTableQuery({
      from: days?.from ?? '',
      to: days?.to ?? '',
      sort,
      page,
      role,
      type,
      status,
      search: searchParam || undefined,
    }),
    enabled: Boolean(days),
  });
  const rows = table.data?.data ?? [];
  const filtered = Boolean(role || type || status || searchParam);
  const pages = Math.max(1, Math.ceil((table.data?.total ?? 0) / PAGE_SIZE));

  return (
    <>
      <PageHeader
        title="Partners"
        description="Everyone who promotes your brand, by funnel role and type, with their figures for the period."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            Create partner
          </Button>
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search"
            placeholder="Name or email"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', sm: 240 }}
          />
          <Select
            label="Period"
            data={TABLE_PERIODS.map((option) => ({ value: option.value, label: option.label }))}
            value={period}
            allowDeselect={false}
            onChange={(value) => update({ period: value === DEFAULT_TABLE_PERIOD ? undefined : (value ?? undefined) })}
            w={HALF_ON_PHONE}
          />
          <Select
            label="Role"
            placeholder="Any role"
            clearable
            data={FUNNEL_ROLES.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }))}
            value={role ?? null}
            onChange={(value) => update({ role: value ?? undefined })}
            w={HALF_ON_PHONE}
          />
          <Select
            label="Type"
            placeholder="Any type"
            clearable
            data={PARTNER_TYPES.map((value) => ({ value, label: partnerTypeLabel(value) }))}
            value={type ?? null}
            onChange={(value) => update({ type: value ?? undefined })}
            w={{ base: '100%', xs: 230 }}
          />
          <Select
            label="Status"
            placeholder="Any status"
            clearable
            data={STATUSES}
            value={status ?? null}
            onChange={(value) => update({ status: value ?? undefined })}
            w={HALF_ON_PHONE}
          />
        </Group>
        {table.isPending ? (
          <LoadingState label="Loading partners…" />
        ) : table.isError ? (
          <ErrorState error={table.error} onRetry={() => void table.refetch()} />
        ) : rows.length === 0 ? (
          filtered ? (
            <EmptyState
              title="No partner matches"
              action={
                <Button
                  variant="default"
                  onClick={() => {
                    setSearch('');
                    update({ role: undefined, type: undefined, status: undefined, search: undefined });
                  }}
                >
                  Clear filters
                </Button>
              }
            >
              No partner has this role, type, status or name. Clear the filters to see them all.
            </EmptyState>
          ) : page > 1 ? (
            <EmptyState
              title="No partners on this page"
              action={
                <Button variant="default" onClick={() => update({ page: undefined })}>
                  Go to the first page
                </Button>
              }
            />
          ) : (
            <EmptyState
              title="No partners yet"
              action={<Button onClick={() => setCreating(true)}>Create partner</Button>}
            >
              Create your first partner, or approve an application, and their figures will show here.
            </EmptyState>
          )
        ) : (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              {formatCount(table.data.total)} {table.data.total === 1 ? 'partner' : 'partners'} · figures from{' '}
              {formatDay(table.data.from)} to {formatDay(table.data.to)}
            </Text>
            <TableFrame label="Partners" minWidth={1120}>
              <Table
                verticalSpacing="sm"
                horizontalSpacing="md"
                highlightOnHover
                style={{ opacity: table.isPlaceholderData ? 0.6 : 1 }}
              >
                <Table.Thead>
                  <Table.Tr>
                    <SortHeader column="name" label="Partner" sort={sort} onSort={(next) => update({ sort: next })} />
                    <Table.Th scope="col">Type</Table.Th>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <SortHeader
                      column="clicks"
                      label="Clicks"
                      numeric
                      sort={sort}
                      onSort={(next) => update({ sort: next })}
                    />
                    <SortHeader
                      column="conversions"
                      label="Conversions"
                      numeric
                      sort={sort}
                      onSort={(next) => update({ sort: next })}
                    />
                    <SortHeader
                      column="revenue"
                      label="Revenue"
                      numeric
                      sort={sort}
                      onSort={(next) => update({ sort: next })}
                    />
                    <SortHeader
                      column="commission"
                      label="Commission"
                      numeric
                      sort={sort}
                      onSort={(next) => update({ sort: next })}
                    />
                    <SortHeader
                      column="epc"
                      label="EPC"
                      numeric
                      sort={sort}
                      onSort={(next) => update({ sort: next })}
                    />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((partner) => (
                    <PartnerRow key={partner.id} partner={partner} currency={table.data.currency} />
                  ))}
                </Table.Tbody>
              </Table>
            </TableFrame>
            {pages > 1 ? (
              <Group justify="center">
                <Pagination
                  total={pages}
                  value={page}
                  onChange={(next) => update({ page: next === 1 ? undefined : String(next) })}
                  getControlProps={(control) => ({
                    'aria-label': control === 'previous' ? 'Previous page' : 'Next page',
                  })}
                  getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
                />
              </Group>
            ) : null}
          </>
        )}
        <Text size="xs" c="dimmed">
          Revenue is each partner&apos;s attributed share of the conversions it was credited in (rejected ones left
          out); commission counts clawbacks; EPC is commission per click.
        </Text>
      </Stack>
      {creating ? <CreatePartnerDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
