import { Card, Grid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { formatCount, formatDay } from '../../lib/format';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { useActiveMembership } from '../auth';
import { overviewQuery, todoQuery } from './api';
import { DailyChart } from './daily-chart';
import { OverviewStats } from './overview-stats';
import { PeriodChooser } from './period-chooser';
import { periodParams, periodSelectionOf } from './period-selection';
import { RoleMix } from './role-mix';
import { TodoList } from './todo-list';

/** A titled card of the page. */
function Section({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title} h="100%">
      <Title order={2} fz="h4">
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mt={2}>
          {description}
        </Text>
      ) : null}
      <Stack mt="md" gap="md">
        {children}
      </Stack>
    </Card>
  );
}

const dayRange = (from: string, to: string): string =>
  from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;

/** The console's first page: how a period went against the one before, and what waits to be done. */
export function OverviewPage() {
  const membership = useActiveMembership();
  const brandId = membership?.brandId ?? '';
  const [params, setParams] = useSearchParams();
  const selection = periodSelectionOf(params);
  // The figures on screen stay while another period loads.
  const overview = useQuery({
    ...overviewQuery(brandId, selection),
    enabled: Boolean(membership),
    placeholderData: keepPreviousData,
  });
  const todo = useQuery({ ...todoQuery(brandId), enabled: Boolean(membership) });
  const data = overview.data;

  return (
    <>
      <PageHeader
        title="Overview"
        description="How the program did in a period against the period of the same length before it, and what waits for you."
        actions={
          <PeriodChooser
            selection={selection}
            shown={data?.period}
            onChange={(next) => setParams(periodParams(next), { replace: true })}
          />
        }
      />
      <Stack gap="lg">
        {overview.isPending ? (
          <LoadingState label="Loading the figures…" />
        ) : overview.isError && !data ? (
          <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
        ) : data ? (
          <>
            {overview.isError ? <ErrorState error={overview.error} title="This period could not be loaded" /> : null}
            <Text size="sm" c="dimmed" aria-live="polite">
              {dayRange(data.period.from, data.period.to)} ({formatCount(data.period.days)}{' '}
              {data.period.days === 1 ? 'day' : 'days'}), compared with{' '}
              {dayRange(data.previousPeriod.from, data.previousPeriod.to)}. Days in {data.timeZone}.
              {overview.isFetching ? ' Updating…' : ''}
            </Text>
            <OverviewStats current={data.current} changes={data.changePercent} currency={data.currency} />
          </>
        ) : null}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Section title="By day" description="Clicks, conversions and attributed revenue on each day of the period.">
              {data ? <DailyChart days={data.daily} currency={data.currency} /> : <LoadingState rows={3} />}
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Section title="To do">
              {todo.isPending ? (
                <LoadingState label="Loading what waits…" rows={3} />
              ) : todo.isError ? (
                <ErrorState error={todo.error} onRetry={() => void todo.refetch()} />
              ) : (
                <TodoList todo={todo.data} />
              )}
            </Section>
          </Grid.Col>
        </Grid>
        {data ? (
          <Section
            title="Mix by funnel role"
            description="Each role's share of the period's attributed revenue, against your target mix."
          >
            <RoleMix roles={data.mix.roles} targetSet={data.mix.targetSet} currency={data.currency} />
          </Section>
        ) : null}
      </Stack>
    </>
  );
}
