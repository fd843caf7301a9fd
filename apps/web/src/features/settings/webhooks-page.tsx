import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { IconWebhook } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { webhooksQuery } from './api';
import { CreateWebhookDialog } from './create-webhook-dialog';
import { WebhookStatusBadge } from './webhook-status-badge';
import { ShowMore } from '../../ui/show-more';

/** The brand's webhook endpoints; each opens to its delivery log, test event and secret rotation. */
export function WebhooksPage() {
  const webhooks = useInfiniteQuery(webhooksQuery());
  const [creating, setCreating] = useState(false);
  const rows = webhooks.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Your servers hear about conversions, commissions and statements as they happen: signed JSON posted to your endpoints, retried when they fail."
        actions={
          <Button leftSection={<IconWebhook size={16} aria-hidden />} onClick={() => setCreating(true)}>
            Add webhook
          </Button>
        }
      />
      <Stack gap="md">
        {webhooks.isPending ? (
          <LoadingState label="Loading webhooks…" rows={3} />
        ) : webhooks.isError ? (
          <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title="No webhooks">
            Add an endpoint of your server to receive events; you can send it a test event right away.
          </EmptyState>
        ) : (
          <TableFrame label="Webhooks" minWidth={640}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Endpoint</Table.Th>
                  <Table.Th scope="col">Events</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Added</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((webhook) => (
                  <Table.Tr key={webhook.id}>
                    <Table.Td maw={360}>
                      <Anchor
                        component={Link}
                        to={`/console/settings/webhooks/${webhook.id}`}
                        size="sm"
                        fw={500}
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {webhook.url}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{webhook.events.join(', ')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <WebhookStatusBadge status={webhook.status} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        <DateTime value={webhook.createdAt} dateOnly />
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={webhooks} />
      </Stack>
      {creating ? <CreateWebhookDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
