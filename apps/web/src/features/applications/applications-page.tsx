import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ApplicationResponse, ApplicationStatus } from '../../api/types';
import { applyPageUrl } from '../../lib/navigation';
import { partnerTypeLabel } from '../../lib/partner-kinds';
import { CopyField } from '../../ui/copy-field';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { TableFrame } from '../../ui/table-frame';
import { brandQuery } from '../brand';
import { applicationsQuery } from './api';
import { ApproveDialog, RejectDialog } from './decision-dialogs';
import { ShowMore } from '../../ui/show-more';

const STATUSES: { value: ApplicationStatus; label: string }[] = [
  { value: 'pending', label: 'Waiting' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
];

const EMPTY: Record<ApplicationStatus, string> = {
  pending: 'No application is waiting. Share your application page and new ones will show up here.',
  approved: 'No application has been approved yet.',
  rejected: 'No application has been rejected.',
};

/** A safe link to an applicant's website (only http and https are links). */
function Website({ url }: { url: string | null }) {
  if (!url) return null;
  const safe = /^https?:\/\//i.test(url);
  return safe ? (
    <Anchor href={url} target="_blank" rel="noopener noreferrer nofollow" size="xs" display="block" maw={220} truncate>
      {url.replace(/^https?:\/\//i, '')}
    </Anchor>
  ) : (
    <Text size="xs" maw={220} truncate>
      {url}
    </Text>
  );
}

/** The brand's public application page, to copy and share; nothing while the brand loads or when it cannot. */
function ApplyLink({ brandId }: { brandId: string }) {
  const brand = useQuery(brandQuery(brandId));
  if (!brand.data) return null;
  return (
    <CopyField
      label="Your application page"
      value={applyPageUrl(window.location.origin, brand.data.slug)}
      description="Share this link: anyone can read your program's description and terms there and apply."
    />
  );
}

export function ApplicationsPage({ brandId }: { brandId: string }) {
  const [params, setParams] = useSearchParams();
  const status = (STATUSES.find((s) => s.value === params.get('status'))?.value ?? 'pending') as ApplicationStatus;
  const applications = useInfiniteQuery(applicationsQuery(status));
  const [deciding, setDeciding] = useState<{ application: ApplicationResponse; decision: 'approve' | 'reject' }>();
  const rows = applications.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <>
      <PageHeader
        title="Applications"
        description="People who applied to join your program through your application page. Approving one creates the partner and invites them to the portal."
      />
      <Stack gap="md">
        <ApplyLink brandId={brandId} />
        <SegmentedControl
          aria-label="Application status"
          data={STATUSES}
          value={status}
          onChange={(value) => setParams({ status: value }, { replace: true })}
          w="fit-content"
        />
        {applications.isPending ? (
          <LoadingState label="Loading applications…" />
        ) : applications.isError ? (
          <ErrorState error={applications.error} onRetry={() => void applications.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title={`No ${STATUSES.find((s) => s.value === status)?.label.toLowerCase()} applications`}>
            {EMPTY[status]}
          </EmptyState>
        ) : (
          <TableFrame label="Applications" minWidth={760}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Applicant</Table.Th>
                  <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                    Type and role
                  </Table.Th>
                  <Table.Th scope="col">Message</Table.Th>
                  <Table.Th scope="col">{status === 'pending' ? 'Applied' : 'Decided'}</Table.Th>
                  {status === 'pending' ? (
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((application) => (
                  <Table.Tr key={application.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {application.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {application.email}
                      </Text>
                      <Website url={application.website} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{partnerTypeLabel(application.type)}</Text>
                      {application.role ? (
                        <Text size="xs" c="dimmed" tt="capitalize">
                          {application.role}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td miw={220}>
                      <Text size="sm" lineClamp={3}>
                        {status === 'rejected' ? (application.reason ?? '—') : (application.message ?? '—')}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        <DateTime
                          value={status === 'pending' ? application.createdAt : application.decidedAt}
                          dateOnly
                        />
                      </Text>
                    </Table.Td>
                    {status === 'pending' ? (
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            onClick={() => setDeciding({ application, decision: 'approve' })}
                            aria-label={`Approve ${application.name}`}
                          >
                            Approve
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setDeciding({ application, decision: 'reject' })}
                            aria-label={`Reject ${application.name}`}
                          >
                            Reject
                          </Button>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        <ShowMore list={applications} />
      </Stack>
      {deciding?.decision === 'approve' ? (
        <ApproveDialog application={deciding.application} onClose={() => setDeciding(undefined)} />
      ) : null}
      {deciding?.decision === 'reject' ? (
        <RejectDialog application={deciding.application} onClose={() => setDeciding(undefined)} />
      ) : null}
    </>
  );
}
