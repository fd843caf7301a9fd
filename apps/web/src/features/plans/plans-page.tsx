import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { useActiveBrand } from '../brand';
import { planVersionsQuery } from './api';
import { MODEL_LABELS, STATUS_LABELS, versionStatus } from './plan-labels';
import { ShowMore } from '../../ui/show-more';

/** The plan's versions by start, latest first: the one in force, those scheduled, those past. */
export function PlansPage() {
  const brand = useActiveBrand();
  const versions = useInfiniteQuery(planVersionsQuery());
  const rows = (versions.data?.pages.flatMap((page) => page.data) ?? []).sort(
    (a, b) => Date.parse(b.effectiveFrom) - Date.parse(a.effectiveFrom),
  );
  const inForce = rows.find((version) => version.inForce);

  return (
    <>
      <PageHeader
        title="Commission plans"
        description="Each version of your plan applies to conversions from its start until the next one starts. Edit the plan to publish a new version; preview it on last month and last quarter first."
        actions={
          rows.length > 0 ? (
            <Button component={Link} to="edit">
              Edit the plan
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        {versions.isPending ? (
          <LoadingState label="Loading plan versions…" />
        ) : versions.isError ? (
          <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState
            title="No commission plan yet"
            action={
              <Button component={Link} to="edit">
                Write the first plan
              </Button>
            }
          >
            Until a plan is published, conversions are credited but earn no commission.
          </EmptyState>
        ) : (
          <TableFrame label="Plan versions" minWidth={720}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Starts</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Attribution</Table.Th>
                  <Table.Th scope="col">Rules</Table.Th>
                  <Table.Th scope="col">Lock period</Table.Th>
                  <Table.Th scope="col">Published</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((version) => {
                  const status = STATUS_LABELS[versionStatus(version, inForce)];
                  return (
                    <Table.Tr key={version.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`versions/${version.id}`} size="sm" fw={500}>
                          <DateTime value={version.effectiveFrom} timeZone={brand?.timezone} />
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={status.color} variant="light">
                          {status.label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{MODEL_LABELS[version.attribution.model] ?? version.attribution.model}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{version.rules.length}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{version.lockDays} days</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <DateTime value={version.createdAt} dateOnly />
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={versions} />
      </Stack>
    </>
  );
}
