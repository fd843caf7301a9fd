import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { funnelRoleLabel, partnerTypeLabel } from '../../lib/partner-kinds';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { PageHeader } from '../../ui/page-header';
import { useActiveBrand } from '../brand';
import { partnerQuery, useSetPartnerStatus } from './api';
import { EditPartnerDialog } from './edit-partner-dialog';
import { PartnerCodes } from './partner-codes';
import { PartnerCommissions } from './partner-commissions';
import { PartnerDaily } from './partner-daily';
import { PartnerLinks } from './partner-links';
import { PartnerQuality } from './partner-quality';
import { PartnerStatements } from './partner-statements';
import { PartnerStatusBadge } from './partner-status-badge';

/** One partner: who it is, with edit and suspend; its links, codes, days, commissions, statements and quality hits. */
export function PartnerPage() {
  const { partnerId = '' } = useParams();
  const brand = useActiveBrand();
  const partner = useQuery(partnerQuery(partnerId));
  const setStatus = useSetPartnerStatus(partnerId);
  const [editing, setEditing] = useState(false);

  const back = (
    <Anchor component={Link} to=".." relative="path" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        All partners
      </Group>
    </Anchor>
  );
  if (partner.isPending) return <LoadingState label="Loading the partner…" />;
  if (partner.isError) {
    // A malformed id or another brand's partner is simply not found (the API answers 400 or 404).
    if (partner.error instanceof ApiError && (partner.error.status === 404 || partner.error.status === 400)) {
      return <NotFoundPage inShell />;
    }
    return (
      <Stack>
        {back}
        <ErrorState error={partner.error} onRetry={() => void partner.refetch()} />
      </Stack>
    );
  }
  const { data } = partner;
  const suspended = data.status === 'suspended';
  return (
    <>
      <Stack gap={4} mb="xs">
        {back}
      </Stack>
      <PageHeader
        title={data.name}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <PartnerStatusBadge status={data.status} />
            <Text span size="sm">
              {partnerTypeLabel(data.type)} · {funnelRoleLabel(data.role)}
              {data.email ? ` · ${data.email}` : ''}
            </Text>
          </Group>
        }
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
            <Button
              variant={suspended ? 'filled' : 'default'}
              color={suspended ? undefined : 'red'}
              leftSection={
                suspended ? <IconPlayerPlay size={16} aria-hidden /> : <IconPlayerPause size={16} aria-hidden />
              }
              loading={setStatus.isPending}
              onClick={() => setStatus.mutate(suspended ? 'active' : 'suspended')}
            >
              {suspended ? 'Reactivate' : 'Suspend'}
            </Button>
          </>
        }
      />
      {suspended ? (
        <Text size="sm" c="dimmed" mb="md" role="status">
          Suspended: the partner&apos;s links still redirect, but new clicks earn nothing until you reactivate it.
        </Text>
      ) : null}
      <Stack gap="lg">
        <PartnerDaily partnerId={partnerId} />
        <PartnerLinks partnerId={partnerId} />
        <PartnerCodes partnerId={partnerId} />
        <PartnerCommissions partnerId={partnerId} timeZone={brand?.timezone} />
        <PartnerStatements partnerId={partnerId} />
        <PartnerQuality partnerId={partnerId} />
      </Stack>
      {editing ? <EditPartnerDialog partner={data} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
