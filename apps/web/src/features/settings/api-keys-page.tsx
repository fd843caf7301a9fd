import { Button, Code, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiKeyListed } from '../../api/types';
import { AppModal } from '../../ui/app-modal';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { useActiveMembership } from '../auth';
import { API_KEY_ROLE_NAMES } from './api-key-roles';
import { apiKeysQuery, useRevokeApiKey } from './api';
import { CreateApiKeyDialog } from './create-api-key-dialog';
import { ShowMore } from '../../ui/show-more';

/** The brand's live API keys: what each is for, creating one (shown once) and revoking one. */
export function ApiKeysPage() {
  const brandId = useActiveMembership()?.brandId ?? '';
  const keys = useInfiniteQuery({ ...apiKeysQuery(brandId), enabled: Boolean(brandId) });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyListed>();
  const rows = keys.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let your servers, networks and partners call the API. Each key is shown once, when it is made; revoke one you no longer use or that may have leaked."
        actions={
          <Button leftSection={<IconKey size={16} aria-hidden />} onClick={() => setCreating(true)}>
            Create API key
          </Button>
        }
      />
      <Stack gap="md">
        {keys.isPending ? (
          <LoadingState label="Loading API keys…" rows={3} />
        ) : keys.isError ? (
          <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title="No API keys">
            Create a key for your shop’s server to post conversions, for a network’s postbacks, or for a partner’s own
            tools.
          </EmptyState>
        ) : (
          <TableFrame label="API keys" minWidth={640}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Starts with</Table.Th>
                  <Table.Th scope="col">Created</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((key) => (
                  <Table.Tr key={key.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {key.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{API_KEY_ROLE_NAMES[key.role]}</Text>
                      {key.partnerName ? (
                        <Text size="xs" c="dimmed">
                          {key.partnerName}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Code>{key.prefix}…</Code>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        <DateTime value={key.createdAt} dateOnly />
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        onClick={() => setRevoking(key)}
                        aria-label={`Revoke ${key.name}`}
                      >
                        Revoke
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={keys} />
      </Stack>
      {creating ? <CreateApiKeyDialog brandId={brandId} onClose={() => setCreating(false)} /> : null}
      {revoking ? <RevokeDialog brandId={brandId} apiKey={revoking} onClose={() => setRevoking(undefined)} /> : null}
    </>
  );
}

function RevokeDialog({ brandId, apiKey, onClose }: { brandId: string; apiKey: ApiKeyListed; onClose: () => void }) {
  const revoke = useRevokeApiKey(brandId);
  return (
    <AppModal title="Revoke this key?" onClose={onClose}>
      <Stack gap="md">
        <Text size="sm">
          Calls made with <strong>{apiKey.name}</strong> (<Code>{apiKey.prefix}…</Code>) are refused from now on. This
          cannot be undone: whoever used it needs a new key.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep the key
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() => revoke.mutate(apiKey.id, { onSuccess: onClose })}
          >
            Revoke key
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
