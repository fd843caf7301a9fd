import { Badge, Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import type { InviteStatus } from '../../api/types';
import { invitesQuery, useRevokeInvite } from './api';
import { InviteDialog } from './invite-dialog';
import { MembersTable } from './members-table';

const ROLE_NAMES: Record<string, string> = { brand_manager: 'Brand manager', partner: 'Partner' };

const STATUS: Record<InviteStatus, { label: string; color: string }> = {
  pending: { label: 'Open', color: 'brand' },
  accepted: { label: 'Accepted', color: 'green' },
  revoked: { label: 'Revoked', color: 'gray' },
  expired: { label: 'Expired', color: 'orange' },
};

export function TeamPage({ brandId }: { brandId: string }) {
  const invites = useQuery(invitesQuery(brandId));
  const revoke = useRevokeInvite(brandId);
  const [inviting, setInviting] = useState(false);
  const inviteButton = (
    <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
      Invite someone
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Team"
        description="Invite brand managers to run the program with you, and partners to their portal. An invite link works once, for 7 days; revoke one that went to the wrong person."
        actions={inviteButton}
      />
      <Stack gap="xl">
        <MembersTable brandId={brandId} />
        <Stack gap="sm">
          <Title order={2} fz="h4">
            Invites
          </Title>
          {invites.isPending ? (
            <LoadingState label="Loading invites…" rows={3} />
          ) : invites.isError ? (
            <ErrorState error={invites.error} onRetry={() => void invites.refetch()} />
          ) : invites.data.data.length === 0 ? (
            <EmptyState title="No invites yet">
              Invites you create appear here with their status. Partners who apply through your application page get
              theirs when you approve them.
            </EmptyState>
          ) : (
            <TableFrame label="Invites" minWidth={560}>
              <Table verticalSpacing="sm" horizontalSpacing="md">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Email</Table.Th>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
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
                        <Badge variant="light" color={STATUS[invite.status]?.color ?? 'gray'} miw="max-content">
                          {STATUS[invite.status]?.label ?? invite.status}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <DateTime value={invite.expiresAt} dateOnly />
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        {invite.status !== 'pending' ? null : (
                          <Button
                            size="xs"
                            variant="default"
                            loading={revoke.isPending && revoke.variables === invite.id}
                            onClick={() => revoke.mutate(invite.id)}
                            aria-label={`Revoke the invite for ${invite.email}`}
                          >
                            Revoke
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableFrame>
          )}
        </Stack>
      </Stack>
      {inviting ? <InviteDialog brandId={brandId} onClose={() => setInviting(false)} /> : null}
    </>
  );
}
