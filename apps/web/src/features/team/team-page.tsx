import { Button, Card, Grid, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { invitesQuery, useRevokeInvite } from './api';
import { InviteForm } from './invite-form';

const ROLE_NAMES: Record<string, string> = { brand_manager: 'Brand manager', partner: 'Partner' };

export function TeamPage({ brandId }: { brandId: string }) {
  const invites = useQuery(invitesQuery(brandId));
  const revoke = useRevokeInvite(brandId);

  return (
    <>
      <PageHeader
        title="Team"
        description="Invite brand managers to run the program with you, and partners to their portal. Open invites are listed until they are accepted or expire."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <InviteForm brandId={brandId} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {invites.isPending ? (
            <LoadingState label="Loading invites…" rows={3} />
          ) : invites.isError ? (
            <ErrorState error={invites.error} onRetry={() => void invites.refetch()} />
          ) : invites.data.data.length === 0 ? (
            <EmptyState title="No open invites">
              Invites you create appear here until they are accepted. Partners who apply through your application page
              get theirs when you approve them.
            </EmptyState>
          ) : (
            <Card withBorder radius="md" padding={0}>
              <Table.ScrollContainer minWidth={520}>
                <Table verticalSpacing="sm" horizontalSpacing="md">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Email</Table.Th>
                      <Table.Th scope="col">Role</Table.Th>
                      <Table.Th scope="col">Expires</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {invites.data.data.map((invite) => (
                      <Table.Tr key={invite.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {invite.email}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{ROLE_NAMES[invite.role] ?? invite.role}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            <DateTime value={invite.expiresAt} />
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Button
                            size="xs"
                            variant="default"
                            loading={revoke.isPending && revoke.variables === invite.id}
                            onClick={() => revoke.mutate(invite.id)}
                            aria-label={`Revoke the invite for ${invite.email}`}
                          >
                            Revoke
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
