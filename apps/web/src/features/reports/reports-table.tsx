import { Anchor, Select, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { TableFrame } from '../../ui/table-frame';
import { useActiveBrand } from '../brand';
import { reportsQuery } from './api';
import { quarterOptions } from './quarter-options';
import { ReportStatusBadge } from './report-status-badge';
import { ShowMore } from '../../ui/show-more';

const TRIGGER = { scheduled: 'At quarter end', on_demand: 'Requested' } as const;

/** The brand's reports, newest first; `?quarter=` narrows them to one quarter. */
export function ReportsTable() {
  const brand = useActiveBrand();
  const [params, setParams] = useSearchParams();
  const quarter = params.get('quarter') ?? '';
  const reports = useInfiniteQuery(reportsQuery(quarter));
  const rows = reports.data?.pages.flatMap((page) => page.data) ?? [];
  const options = useMemo(() => (brand ? quarterOptions(new Date(), brand.timezone, 12) : []), [brand]);

  return (
    <Stack gap="md">
      <Select
        label="Show quarter"
        placeholder="All quarters"
        clearable
        data={options.some((option) => option.value === quarter) || !quarter ? options : [quarter, ...options]}
        value={quarter || null}
        onChange={(value) => setParams(value ? { quarter: value } : {}, { replace: true })}
        w={280}
        maw="100%"
      />
      {reports.isPending ? (
        <LoadingState label="Loading reports…" rows={3} />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : rows.length === 0 ? (
        quarter ? (
          <EmptyState title={`No report of ${quarter}`}>Request one above to see how that quarter went.</EmptyState>
        ) : (
          <EmptyState title="No reports yet">
            A report is made for every quarter when it closes; request one above for a quarter now.
          </EmptyState>
        )
      ) : (
        <>
          <TableFrame label="Partner-mix reports" minWidth={600}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Quarter</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Made</Table.Th>
                  <Table.Th scope="col">Requested on</Table.Th>
                  <Table.Th scope="col">Ready on</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((report) => (
                  <Table.Tr key={report.id}>
                    <Table.Td>
                      <Anchor component={Link} to={report.id} fw={500} size="sm">
                        {report.quarter}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ReportStatusBadge status={report.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{TRIGGER[report.trigger]}</Text>
                    </Table.Td>
                    <Table.Td>
                      <DateTime value={report.createdAt} />
                    </Table.Td>
                    <Table.Td>
                      <DateTime value={report.completedAt} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
          <ShowMore list={reports} label="Show more reports" />
        </>
      )}
    </Stack>
  );
}
