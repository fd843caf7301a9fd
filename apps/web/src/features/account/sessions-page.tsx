import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { useLogout } from '../auth';
import { sessionsQuery, useRevokeSession } from './api';
import { describeAgent } from '../../lib/describe-agent';

export function SessionsPage() {
  const sessions = useQuery(sessionsQuery);
  const revoke = useRevokeSession();
  const logout = useLogout();
  const navigate = useNavigate();

  return (
    <>
      <PageHeader
        title="Signed-in devices"
        description="Every browser signed in to your account. Sign out any you do not recognise, then change your password."
      />
      {sessions.isPending ? (
        <LoadingState label="Loading your sessions…" rows={3} />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.data.length === 0 ? (
        <EmptyState title="No sessions">You are signed in nowhere else.</EmptyState>
      ) : (
        <TableFrame label="Signed-in devices" minWidth={640}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Device</Table.Th>
                <Table.Th scope="col">IP address</Table.Th>
                <Table.Th scope="col">Signed in</Table.Th>
                <Table.Th scope="col">Last active</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.data.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap="xs">
                        <Text size="sm" fw={500}>
                          {describeAgent(entry.userAgent)}
                        </Text>
                        {entry.current ? (
                          <Badge size="sm" variant="light">
                            This device
                          </Badge>
                        ) : null}
                      </Group>
                      <Text size="xs" c="dimmed" lineClamp={1} title={entry.userAgent ?? undefined}>
                        {entry.userAgent ?? 'No user agent'}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.ip ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <DateTime value={entry.createdAt} />
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <DateTime value={entry.lastSeenAt} />
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {entry.current ? (
                      <Button
                        size="xs"
                        variant="default"
                        loading={logout.isPending}
                        onClick={() =>
                          logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
                        }
                      >
                        Sign out
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        loading={revoke.isPending && revoke.variables === entry.id}
                        onClick={() => revoke.mutate(entry.id)}
                        aria-label={`Sign out ${describeAgent(entry.userAgent)}, last active ${entry.lastSeenAt}`}
                      >
                        Sign out
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      )}
    </>
  );
}
