import { Badge, Button, Group, Stack } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { useActiveBrand } from '../brand';
import { planVersionQuery, planVersionsQuery } from './api';
import { STATUS_LABELS, versionStatus } from './plan-labels';
import { PlanTerms } from './plan-terms';

/** One version, read-only, with a way to start a new version from it. */
export function PlanVersionPage() {
  const { id = '' } = useParams();
  const brand = useActiveBrand();
  const version = useQuery(planVersionQuery(id));
  const versions = useInfiniteQuery(planVersionsQuery());
  const inForce = versions.data?.pages.flatMap((page) => page.data).find((row) => row.inForce);
  const starts =
    version.data && brand
      ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: brand.timezone }).format(
          new Date(version.data.effectiveFrom),
        )
      : '';
  const status = version.data && versions.data ? STATUS_LABELS[versionStatus(version.data, inForce)] : undefined;

  return (
    <>
      <PageHeader
        title={starts ? `Plan from ${starts}` : 'Plan version'}
        description={
          <Group gap="xs" component="span">
            <span>A published version never changes; start a new one from it instead.</span>
            {status ? (
              <Badge color={status.color} variant="light" component="span">
                {status.label}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          <>
            <Button component={Link} to="/console/plans" variant="default">
              All versions
            </Button>
            {version.data ? (
              <Button component={Link} to={`/console/plans/edit?from=${version.data.id}`}>
                Start a new version from this one
              </Button>
            ) : null}
          </>
        }
      />
      <Stack>
        {version.isPending || !brand ? (
          <LoadingState label="Loading the plan…" />
        ) : version.isError ? (
          <ErrorState error={version.error} onRetry={() => void version.refetch()} />
        ) : (
          <PlanTerms plan={version.data} currency={brand.currency} timeZone={brand.timezone} />
        )}
      </Stack>
    </>
  );
}
