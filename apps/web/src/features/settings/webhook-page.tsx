import { Anchor, Button, Card, Code, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconRefresh, IconSend } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Delivery } from '../../api/types';
import { AppModal } from '../../ui/app-modal';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { errorMessage } from '../../api/api-error';
import { deliveriesQuery, useRetryDelivery, useRotateWebhookSecret, useSendTestEvent, webhookQuery } from './api';
import { SecretOnce } from './secret-once';
import { WebhookStatusBadge } from './webhook-status-badge';
import { ShowMore } from '../../ui/show-more';

/** While a delivery is on its way the log asks again, so its outcome shows without a reload. */
const POLL_MS = 2000;

/** One webhook endpoint: its events, a test event, a new secret, and its delivery log with retries. */
export function WebhookPage() {
  const { id = '' } = useParams();
  const webhook = useQuery(webhookQuery(id));
  const deliveries = useInfiniteQuery({
    ...deliveriesQuery(id),
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.data.some((delivery) => delivery.status === 'pending'))
        ? POLL_MS
        : false,
  });
  const sendTest = useSendTestEvent(id);
  const retry = useRetryDelivery(id);
  const [rotating, setRotating] = useState(false);
  const rows = deliveries.data?.pages.flatMap((page) => page.data) ?? [];

  const back = (
    <Anchor component={Link} to="/console/settings/webhooks" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden /> All webhooks
      </Group>
    </Anchor>
  );
  if (webhook.isPending) return <LoadingState label="Loading the webhook…" rows={3} />;
  if (webhook.isError) {
    return (
      <Stack gap="md">
        {back}
        <ErrorState error={webhook.error} onRetry={() => void webhook.refetch()} />
      </Stack>
    );
  }

  return (
    <>
      <Stack gap={4} mb="xs">
        {back}
      </Stack>
      <PageHeader
        title="Webhook"
        description={<span style={{ overflowWrap: 'anywhere' }}>{webhook.data.url}</span>}
        actions={
          <>
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              loading={sendTest.isPending}
              onClick={() => sendTest.mutate()}
            >
              Send test event
            </Button>
            <Button variant="default" onClick={() => setRotating(true)}>
              Rotate secret
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <Card withBorder radius="md" padding="md">
          <Group gap="xl" wrap="wrap">
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                Status
              </Text>
              <Group gap="xs">
                <WebhookStatusBadge status={webhook.data.status} />
                {webhook.data.disabledReason ? <Text size="sm">{webhook.data.disabledReason}</Text> : null}
              </Group>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                Events
              </Text>
              <Text size="sm">{webhook.data.events.join(', ')}</Text>
            </Stack>
            {webhook.data.previousSecretExpiresAt ? (
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  The previous secret also signs until
                </Text>
                <Text size="sm">
                  <DateTime value={webhook.data.previousSecretExpiresAt} />
                </Text>
              </Stack>
            ) : null}
          </Group>
        </Card>
        <Text component="h2" fw={650} fz="h4">
          Delivery log
        </Text>
        {deliveries.isPending ? (
          <LoadingState label="Loading deliveries…" rows={3} />
        ) : deliveries.isError ? (
          <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title="Nothing delivered yet">
            Events you subscribed to appear here with every attempt. Send a test event to check your endpoint now.
          </EmptyState>
        ) : (
          <TableFrame label="Delivery log" minWidth={720}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Event</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Last attempt</Table.Th>
                  <Table.Th scope="col">Created</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((delivery) => (
                  <Table.Tr key={delivery.id}>
                    <Table.Td>
                      <Code>{delivery.type}</Code>
                    </Table.Td>
                    <Table.Td>
                      <WebhookStatusBadge status={delivery.status} />
                    </Table.Td>
                    <Table.Td>
                      <LastAttempt delivery={delivery} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        <DateTime value={delivery.createdAt} />
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {delivery.status === 'pending' ? null : (
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconRefresh size={14} aria-hidden />}
                          loading={retry.isPending && retry.variables === delivery.id}
                          onClick={() => retry.mutate(delivery.id)}
                          aria-label={`Send the ${delivery.type} delivery of ${new Date(delivery.createdAt).toLocaleString()} again`}
                        >
                          Retry
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={deliveries} />
      </Stack>
      {rotating ? <RotateDialog id={id} onClose={() => setRotating(false)} /> : null}
    </>
  );
}

/** The answer of the last attempt: status code and time, or why no answer came. */
function LastAttempt({ delivery }: { delivery: Delivery }) {
  const last = delivery.attempts[delivery.attempts.length - 1];
  if (!last) return <Text size="sm">Not tried yet</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm">
        {last.statusCode === null ? 'No answer' : `HTTP ${last.statusCode}`} · {last.latencyMs} ms ·{' '}
        {delivery.attempts.length === 1 ? '1 attempt' : `${delivery.attempts.length} attempts`}
      </Text>
      {last.error ? (
        <Text size="xs" c="red.8" style={{ overflowWrap: 'anywhere' }}>
          {last.error}
        </Text>
      ) : null}
    </Stack>
  );
}

function RotateDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const rotate = useRotateWebhookSecret();
  if (rotate.data) {
    return (
      <AppModal title="New signing secret" onClose={onClose}>
        <Stack gap="md">
          <SecretOnce label="Signing secret" value={rotate.data.secret} what="new secret" />
          <Group justify="flex-end">
            <Button onClick={onClose}>I have stored it</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }
  return (
    <AppModal title="Rotate the signing secret?" onClose={onClose}>
      <Stack gap="md">
        <FormProblem problem={rotate.isError ? errorMessage(rotate.error) : null} />
        <Text size="sm">
          Deliveries are signed with a new secret from now on. The old one keeps signing as well for 24 hours, so your
          server can switch without missing events.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={rotate.isPending} onClick={() => rotate.mutate(id)}>
            Rotate secret
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
