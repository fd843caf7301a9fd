import { Alert, Anchor, Button, Checkbox, Group, List, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ReviewResponse } from '../../api/types';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { useActiveMembership } from '../auth';
import { useActiveBrand } from '../brand';
import { conversionsQuery, useReview } from './api';
import { evidenceItems, flagLabel } from './conversion-labels';
import { decisionOutcome } from './decision-outcome';
import { RejectDialog } from './review-dialogs';
import { roleShortLabel } from './role-colors';
import { ShowMore } from '../../ui/show-more';

const IN_REVIEW = { status: 'review' } as const;

/**
 * The conversions a quality rule sent to review, with what each rule saw. The manager approves
 * (commissions then follow the lock period) or rejects with a note, one by one or a selection.
 */
export function ReviewQueuePage() {
  const brandId = useActiveMembership()?.brandId ?? '';
  const brand = useActiveBrand();
  const queue = useInfiniteQuery({ ...conversionsQuery(brandId, IN_REVIEW), enabled: Boolean(brandId) });
  const review = useReview(brandId);
  const rows = queue.data?.pages.flatMap((page) => page.data) ?? [];
  const [selected, setSelected] = useState<string[]>([]);
  const [rejecting, setRejecting] = useState<string[] | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  // A decided conversion leaves the queue: only rows still shown can stay selected.
  const selection = selected.filter((id) => rows.some((row) => row.transactionId === id));
  const allSelected = rows.length > 0 && selection.length === rows.length;

  const done = (decision: 'approve' | 'reject') => (response: ReviewResponse) => {
    setOutcome({ text: decisionOutcome(decision, response), failed: response.decided < response.results.length });
    setSelected((current) =>
      current.filter((id) => !response.results.some((r) => r.transactionId === id && r.status === 200)),
    );
  };
  const approve = (transactionIds: string[]) => {
    setOutcome(null);
    review.mutate(
      { transactionIds, decision: 'approve' },
      {
        onSuccess: done('approve'),
        onError: (error) => setOutcome({ text: error.message, failed: true }),
      },
    );
  };

  return (
    <>
      <PageHeader
        title="Review queue"
        description="Conversions a quality rule flagged. Their commissions wait for you: approve to let them follow the lock period, or reject with a note the partners read."
        actions={
          <Button component={Link} to="/console/conversions" variant="default">
            All conversions
          </Button>
        }
      />
      <Stack gap="md">
        {outcome ? (
          <Alert
            color={outcome.failed ? 'orange' : 'brand'}
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setOutcome(null)}
          >
            {outcome.text}
          </Alert>
        ) : null}
        {rows.length > 0 ? (
          <Group gap="sm" wrap="wrap">
            <Text size="sm" aria-live="polite">
              {selection.length === 0
                ? 'Select conversions to decide on several at once.'
                : `${selection.length} selected`}
            </Text>
            <Button
              size="xs"
              disabled={selection.length === 0}
              loading={review.isPending && !rejecting}
              onClick={() => approve(selection)}
            >
              Approve selected
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={selection.length === 0}
              onClick={() => setRejecting(selection)}
            >
              Reject selected
            </Button>
          </Group>
        ) : null}
        {queue.isPending ? (
          <LoadingState label="Loading the review queue…" />
        ) : queue.isError ? (
          <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title="Nothing to review">
            When a quality rule flags a conversion (a click seconds before the order, a self-referral, a last-second
            override…) it waits here for your decision.
          </EmptyState>
        ) : (
          <TableFrame label="Conversions in review" minWidth={1000}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={40}>
                    <Checkbox
                      aria-label="Select all conversions in review"
                      checked={allSelected}
                      indeterminate={selection.length > 0 && !allSelected}
                      onChange={() => setSelected(allSelected ? [] : rows.map((row) => row.transactionId))}
                    />
                  </Table.Th>
                  <Table.Th scope="col">Transaction</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    Amount
                  </Table.Th>
                  <Table.Th scope="col">Flags and evidence</Table.Th>
                  <Table.Th scope="col">Credited partners</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((conversion) => {
                  const checked = selection.includes(conversion.transactionId);
                  return (
                    <Table.Tr key={conversion.id} bg={checked ? 'var(--mantine-color-brand-light)' : undefined}>
                      <Table.Td>
                        <Checkbox
                          aria-label={`Select ${conversion.transactionId}`}
                          checked={checked}
                          onChange={() =>
                            setSelected((current) =>
                              checked
                                ? current.filter((id) => id !== conversion.transactionId)
                                : [...current, conversion.transactionId],
                            )
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/console/conversions/${encodeURIComponent(conversion.transactionId)}`}
                          size="sm"
                          fw={500}
                          ff="monospace"
                        >
                          {conversion.transactionId}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          <DateTime value={conversion.occurredAt} timeZone={brand?.timezone} />
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                        <Text size="sm">
                          <Money amount={conversion.amount} currency={conversion.currency} />
                        </Text>
                      </Table.Td>
                      <Table.Td miw={280}>
                        <Stack gap={6}>
                          {conversion.flagDetails.map((flag, index) => (
                            <div key={`${flag.code}-${index}`}>
                              <Text size="sm" fw={600}>
                                <IconFlag size={14} color="var(--mantine-color-red-8)" aria-hidden />{' '}
                                {flagLabel(flag.code)}
                                {flag.partnerName ? (
                                  <Text span size="sm" fw={400} c="dimmed">
                                    {' '}
                                    · {flag.partnerName}
                                  </Text>
                                ) : null}
                              </Text>
                              <List size="xs" spacing={0} listStyleType="none">
                                {evidenceItems(flag.evidence)
                                  .filter((item) => item.label !== 'Click id')
                                  .map((item) => (
                                    <List.Item key={item.label}>
                                      {item.label}: <strong>{item.value}</strong>
                                    </List.Item>
                                  ))}
                              </List>
                            </div>
                          ))}
                          {conversion.flags
                            .filter((code) => !conversion.flagDetails.some((flag) => flag.code === code))
                            .map((code) => (
                              <Text key={code} size="sm" fw={600}>
                                <IconFlag size={14} color="var(--mantine-color-red-8)" aria-hidden /> {flagLabel(code)}
                              </Text>
                            ))}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        {conversion.partners.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            Nobody
                          </Text>
                        ) : (
                          conversion.partners.map((partner) => (
                            <Text size="sm" key={partner.id}>
                              {partner.name}{' '}
                              <Text span size="xs" c="dimmed">
                                {roleShortLabel(partner.role)}
                              </Text>
                            </Text>
                          ))
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            onClick={() => approve([conversion.transactionId])}
                            disabled={review.isPending}
                            aria-label={`Approve ${conversion.transactionId}`}
                          >
                            Approve
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setRejecting([conversion.transactionId])}
                            aria-label={`Reject ${conversion.transactionId}`}
                          >
                            Reject
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={queue} />
      </Stack>
      {rejecting ? (
        <RejectDialog
          brandId={brandId}
          transactionIds={rejecting}
          onClose={() => setRejecting(null)}
          onDone={(response) => {
            setRejecting(null);
            done('reject')(response);
          }}
        />
      ) : null}
    </>
  );
}
