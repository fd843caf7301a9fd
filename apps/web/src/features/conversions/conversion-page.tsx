import { Alert, Anchor, Badge, Button, Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import type { ConversionResponse, ReviewResponse } from '../../api/types';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Money } from '../../ui/money';
import { PageHeader } from '../../ui/page-header';
import { StatCard } from '../../ui/stat-card';
import { TableFrame } from '../../ui/table-frame';
import { useActiveMembership } from '../auth';
import { useActiveBrand } from '../brand';
import { conversionQuery, useReview } from './api';
import { ENTRY_STATUS, entryKindLabel, ruleAndTier } from './commission-labels';
import { CHANNEL_LABELS, evidenceItems, flagLabel } from './conversion-labels';
import { decisionOutcome } from './decision-outcome';
import { isZeroAmount } from './is-zero-amount';
import { JourneyTimeline, RoleLegend } from './journey-timeline';
import { ReversalDialog } from './reversal-dialog';
import { RejectDialog } from './review-dialogs';
import { StatusBadge } from './status-badge';

const JOURNEY_SOURCE: Record<string, string> = {
  click_id: 'found by the click id the order carried',
  customer_key: 'found by the customer’s key',
  code: 'found by the promo code used',
  none: 'no journey was found: nobody is credited',
};

function Section({ title, children, description }: { title: string; description?: string; children: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Title id={id} order={2} fz="h4">
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mt={4}>
          {description}
        </Text>
      ) : null}
      <Stack mt="md" gap="md">
        {children}
      </Stack>
    </Card>
  );
}

function Flags({ conversion }: { conversion: ConversionResponse }) {
  const codeOnly = conversion.flags.filter((code) => !conversion.flagDetails.some((flag) => flag.code === code));
  if (conversion.flags.length === 0) return <Text size="sm">No quality rule flagged this conversion.</Text>;
  return (
    <Stack gap="sm">
      {conversion.flagDetails.map((flag, index) => (
        <div key={`${flag.code}-${index}`}>
          <Text size="sm" fw={600}>
            <IconFlag size={14} color="var(--mantine-color-red-8)" aria-hidden /> {flagLabel(flag.code)}
            {flag.partnerName ? ` · ${flag.partnerName}` : ''}
          </Text>
          <List size="sm" spacing={0}>
            {evidenceItems(flag.evidence).map((item) => (
              <List.Item key={item.label}>
                {item.label}: <strong style={{ wordBreak: 'break-all' }}>{item.value}</strong>
              </List.Item>
            ))}
          </List>
        </div>
      ))}
      {codeOnly.map((code) => (
        <Text key={code} size="sm" fw={600}>
          <IconFlag size={14} color="var(--mantine-color-red-8)" aria-hidden /> {flagLabel(code)}
        </Text>
      ))}
    </Stack>
  );
}

function Commissions({ conversion }: { conversion: ConversionResponse }) {
  if (conversion.commissions.length === 0) return <Text size="sm">No commission was earned on this conversion.</Text>;
  return (
    <TableFrame label="Commission entries" minWidth={760}>
      <Table verticalSpacing="xs" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Partner</Table.Th>
            <Table.Th scope="col">For</Table.Th>
            <Table.Th scope="col">Rule and tier</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              Amount
            </Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Lock ends</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conversion.commissions.map((entry, index) => (
            <Table.Tr key={index}>
              <Table.Td>{entry.partnerName ?? entry.partnerId}</Table.Td>
              <Table.Td>{entryKindLabel(entry)}</Table.Td>
              <Table.Td>{ruleAndTier(entry)}</Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                <Money amount={entry.amount} currency={conversion.currency} />
              </Table.Td>
              <Table.Td>
                <Badge color={ENTRY_STATUS[entry.status].color} variant="light" radius="sm" tt="none">
                  {ENTRY_STATUS[entry.status].label}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateTime value={entry.approvableAt} dateOnly />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

function Reversals({ conversion }: { conversion: ConversionResponse }) {
  if (conversion.reversals.length === 0) return <Text size="sm">No refund has been recorded.</Text>;
  return (
    <TableFrame label="Refunds recorded" minWidth={520}>
      <Table verticalSpacing="xs" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Recorded</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              Amount
            </Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conversion.reversals.map((reversal) => (
            <Table.Tr key={reversal.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateTime value={reversal.createdAt} />
              </Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                <Money amount={reversal.amount} currency={conversion.currency} />
              </Table.Td>
              <Table.Td>{reversal.reason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

/** A conversion's page: the journey explorer, its flags, commissions and refunds, and what a manager can do with it. */
export function ConversionPage() {
  const { transactionId = '' } = useParams();
  const brandId = useActiveMembership()?.brandId ?? '';
  const brand = useActiveBrand();
  const conversion = useQuery({ ...conversionQuery(brandId, transactionId), enabled: Boolean(brandId) });
  const review = useReview(brandId);
  const [dialog, setDialog] = useState<'reject' | 'reverse' | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const timeZone = brand?.timezone;

  if (conversion.isPending) return <LoadingState label="Loading the conversion…" />;
  if (conversion.isError) {
    if (conversion.error instanceof ApiError && conversion.error.status === 404) {
      return (
        <EmptyState
          title={`No conversion “${transactionId}”`}
          action={
            <Anchor component={Link} to="/console/conversions">
              Back to conversions
            </Anchor>
          }
        >
          This brand has no conversion with that transaction id.
        </EmptyState>
      );
    }
    return <ErrorState error={conversion.error} onRetry={() => void conversion.refetch()} />;
  }
  const data = conversion.data;
  const inReview = data.status === 'review';
  const refundable = data.status !== 'rejected' && !isZeroAmount(data.remainingAmount);
  const decided = (decision: 'approve' | 'reject') => (response: ReviewResponse) =>
    setOutcome(decisionOutcome(decision, response));

  return (
    <>
      <PageHeader
        title={`Conversion ${data.transactionId}`}
        description={
          <>
            <Anchor component={Link} to="/console/conversions" size="sm" underline="always">
              Conversions
            </Anchor>{' '}
            · happened <DateTime value={data.occurredAt} timeZone={timeZone} />
            {data.channel ? ` · ${CHANNEL_LABELS[data.channel]}` : ''}
            {data.agent ? ` (${data.agent})` : ''}
          </>
        }
        actions={
          <>
            {inReview ? (
              <>
                <Button
                  loading={review.isPending}
                  onClick={() =>
                    review.mutate(
                      { transactionIds: [data.transactionId], decision: 'approve' },
                      { onSuccess: decided('approve'), onError: (error) => setOutcome(error.message) },
                    )
                  }
                >
                  Approve
                </Button>
                <Button variant="default" onClick={() => setDialog('reject')}>
                  Reject
                </Button>
              </>
            ) : null}
            {refundable ? (
              <Button variant="default" color="red" onClick={() => setDialog('reverse')}>
                Record a refund
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        {outcome ? (
          <Alert
            color="brand"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setOutcome(null)}
          >
            {outcome}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <StatCard label="Amount" value={<Money amount={data.amount} currency={data.currency} />} />
          <StatCard label="Refunded" value={<Money amount={data.reversedAmount} currency={data.currency} />} />
          <StatCard label="Remaining" value={<Money amount={data.remainingAmount} currency={data.currency} />} />
          <StatCard
            label="Status"
            value={<StatusBadge status={data.status} />}
            change={data.statusNote ? `Note: ${data.statusNote}` : data.newCustomer ? 'New customer' : undefined}
          />
        </SimpleGrid>
        <Section
          title="Journey"
          description={`The touches credited for this order, oldest first; ${JOURNEY_SOURCE[data.journeySource ?? ''] ?? 'not credited yet'}.`}
        >
          {data.attribution.length === 0 ? (
            <Text size="sm">
              {data.attributedAt
                ? 'No partner touched this order’s journey.'
                : 'The engine has not credited this order yet.'}
            </Text>
          ) : (
            <>
              <RoleLegend />
              <JourneyTimeline conversion={data} timeZone={timeZone} />
            </>
          )}
        </Section>
        <Section title="Quality flags" description="What the brand’s quality rules saw.">
          <Flags conversion={data} />
        </Section>
        <Section
          title="Commissions"
          description="Ledger entries on this order. Approved entries are due at the next statement; refunds add negative ones."
        >
          <Commissions conversion={data} />
        </Section>
        <Section title="Refunds">
          <Reversals conversion={data} />
        </Section>
      </Stack>
      {dialog === 'reject' ? (
        <RejectDialog
          brandId={brandId}
          transactionIds={[data.transactionId]}
          onClose={() => setDialog(null)}
          onDone={(response) => {
            setDialog(null);
            decided('reject')(response);
          }}
        />
      ) : null}
      {dialog === 'reverse' ? (
        <ReversalDialog brandId={brandId} conversion={data} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
