import { Stack } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { useActiveBrand } from '../brand';
import { planVersionsQuery } from './api';
import { PlanEditor } from './plan-editor';
import { planToValues, tomorrowIn } from './plan-form';

/**
 * The editor for a new version: it starts from `?from=` (a version's id), else from the version
 * in force, else from the latest scheduled one, else from a blank plan; it starts tomorrow.
 */
export function PlanEditorPage() {
  const brand = useActiveBrand();
  const [params] = useSearchParams();
  const versions = useInfiniteQuery(planVersionsQuery());
  const rows = versions.data?.pages.flatMap((page) => page.data) ?? [];
  const from =
    rows.find((version) => version.id === params.get('from')) ??
    rows.find((version) => version.inForce) ??
    rows.toSorted((a, b) => Date.parse(b.effectiveFrom) - Date.parse(a.effectiveFrom))[0];

  return (
    <>
      <PageHeader
        title="Edit the commission plan"
        description="Change any term, preview what each partner would have earned last month and last quarter, then publish the draft as a new version. Versions already published stay as they are."
      />
      <Stack>
        {versions.isPending || !brand ? (
          <LoadingState label="Loading the plan…" />
        ) : versions.isError ? (
          <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
        ) : (
          <PlanEditor
            key={from?.id ?? 'blank'}
            initialValues={planToValues(from, tomorrowIn(brand.timezone))}
            startsFrom={from}
            currency={brand.currency}
            timeZone={brand.timezone}
          />
        )}
      </Stack>
    </>
  );
}
