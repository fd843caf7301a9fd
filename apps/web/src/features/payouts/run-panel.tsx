import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { formatCount } from '../../lib/format';
import { FormProblem } from '../../ui/form-problem';
import { statementKeys, statementRunQuery, useRunStatements } from './api';
import { formatMonth } from './format-month';

/**
 * Runs a month's statements (keyed by the month where it is used, so that it starts afresh on another) and watches the run: it is a job in the worker, so the page asks where
 * it stands every second until the worker is done with it, then shows what the month has.
 */
export function RunPanel({ period }: { period: string }) {
  const queryClient = useQueryClient();
  const run = useQuery(statementRunQuery(period));
  const start = useRunStatements();
  const [problem, setProblem] = useState<string | null>(null);
  // Set once this page started the month's run: "finished" is then true of an idle month.
  const [watching, setWatching] = useState(false);
  const month = formatMonth(period);
  const state = run.data?.state;
  const busy = state === 'queued' || state === 'running';

  // When the worker lets go of the run, or the month's count changes (a run quicker than the first
  // look at it), the list shows what it made.
  const count = run.data?.statements;
  const seen = useRef<{ busy: boolean; count?: number }>({ busy: false });
  useEffect(() => {
    const before = seen.current;
    const changed = before.count !== undefined && count !== undefined && before.count !== count;
    if ((before.busy && !busy) || changed) void queryClient.invalidateQueries({ queryKey: statementKeys.lists });
    seen.current = { busy, count: count ?? before.count };
  }, [busy, count, queryClient]);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="run-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2} maw={560}>
            <Title id="run-title" order={2} fz="h4">
              Statements for {month}
            </Title>
            <Text size="sm" c="dimmed">
              A run states every partner with approved commissions or a balance carried over; partners already stated
              for the month are left as they are.
            </Text>
          </Stack>
          <Button
            loading={start.isPending}
            disabled={busy || run.isPending}
            onClick={() => {
              setProblem(null);
              start.mutate(period, {
                onSuccess: () => setWatching(true),
                onError: (error) => setProblem(errorMessage(error)),
              });
            }}
          >
            {run.data?.statements ? `Run ${month} again` : `Run ${month}`}
          </Button>
        </Group>
        <FormProblem problem={problem} title="The run was not started" />
        <div role="status" aria-live="polite">
          {run.isPending ? (
            <Text size="sm" c="dimmed">
              Checking the month…
            </Text>
          ) : run.isError ? (
            <Text size="sm" c="red.8">
              Where the run stands could not be read: {errorMessage(run.error)}
            </Text>
          ) : busy ? (
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Loader size="xs" aria-hidden />
              <Text size="sm">
                {state === 'queued' ? 'Queued: waiting for the worker…' : 'Running: building the statements…'}
              </Text>
            </Group>
          ) : state === 'failed' ? (
            <Alert color="red" variant="light" title="The last run failed">
              {run.data?.error ?? 'The worker did not say why.'} ({run.data?.attempts} attempts.) Nothing was issued by
              it; fix the cause and run the month again.
            </Alert>
          ) : run.data && run.data.statements > 0 ? (
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden />
              <Text size="sm">
                {watching ? 'Finished: ' : ''}
                {month} has {formatCount(run.data.statements)} statement{run.data.statements === 1 ? '' : 's'}.
              </Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {watching ? `Finished: nothing to state for ${month}.` : `No statements for ${month} yet.`}
            </Text>
          )}
        </div>
      </Stack>
    </Card>
  );
}
