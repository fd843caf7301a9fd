import { Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import type { Member } from '../../api/types';
import { AppModal } from '../../ui/app-modal';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { TableFrame } from '../../ui/table-frame';
import { useSession } from '../auth';
import { membersQuery, useRemoveMember } from './api';
import { ShowMore } from '../../ui/show-more';

const ROLE_NAMES: Record<string, string> = { brand_manager: 'Brand manager', partner: 'Partner' };

/** The people of the brand with their role; a manager removes one (never the last manager). */
export function MembersTable({ brandId }: { brandId: string }) {
  const members = useInfiniteQuery(membersQuery(brandId));
  const me = useSession().data?.user.id;
  const [removing, setRemoving] = useState<Member>();
  const rows = members.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <Stack gap="sm">
      <Title order={2} fz="h4">
        Members
      </Title>
      {members.isPending ? (
        <LoadingState label="Loading members…" rows={2} />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="Nobody has joined yet">People join by accepting an invite.</EmptyState>
      ) : (
        <TableFrame label="Members" minWidth={560}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Person</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Joined</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((member) => (
                <Table.Tr key={member.userId}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {member.name}
                      {member.userId === me ? ' (you)' : ''}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {member.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{ROLE_NAMES[member.role] ?? member.role}</Text>
                    {member.partnerName ? (
                      <Text size="xs" c="dimmed">
                        {member.partnerName}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">
                      <DateTime value={member.joinedAt} dateOnly />
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setRemoving(member)}
                      aria-label={`Remove ${member.name}`}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      )}
      <ShowMore list={members} />
      {removing ? <RemoveDialog brandId={brandId} member={removing} onClose={() => setRemoving(undefined)} /> : null}
    </Stack>
  );
}

function RemoveDialog({ brandId, member, onClose }: { brandId: string; member: Member; onClose: () => void }) {
  const remove = useRemoveMember(brandId);
  return (
    <AppModal title={`Remove ${member.name}?`} onClose={onClose}>
      <Stack gap="md">
        <FormProblem problem={remove.isError ? errorMessage(remove.error) : null} />
        <Text size="sm">
          {member.name} loses access to this brand at once and is signed out of it. Their other brands are not affected;
          invite them again to bring them back.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(member.userId, { onSuccess: onClose })}
          >
            Remove
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
