import { Alert, Button, Card, Group, Stepper, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { PartnerMixReport } from '../../api/types';
import { DateTime } from '../../ui/date-time';
import { useRequestReport } from './api';

/**
 * A report the worker has not finished: where it stands (queued, being built), asked for again
 * by the page until it is ready; or why it failed, with a way to ask again.
 */
export function ReportProgress({ report }: { report: PartnerMixReport }) {
  const request = useRequestReport();
  const navigate = useNavigate();
  if (report.status === 'failed') {
    return (
      <Alert
        color="red"
        variant="light"
        role="alert"
        title={`The report of ${report.quarter} could not be built`}
        icon={<IconAlertTriangle aria-hidden />}
      >
        <Text size="sm">{report.error ?? 'The worker gave no reason.'}</Text>
        <Group mt="sm">
          <Button
            size="xs"
            variant="default"
            loading={request.isPending}
            onClick={() => request.mutate(report.quarter, { onSuccess: (next) => void navigate(`../${next.id}`) })}
          >
            Request it again
          </Button>
        </Group>
      </Alert>
    );
  }
  const running = report.status === 'running';
  return (
    <Card withBorder radius="md" padding="lg">
      <Text role="status" aria-live="polite" fw={500} mb="lg">
        {running
          ? `Building the report of ${report.quarter}: adding up the quarter’s credits, costs and journeys…`
          : `The report of ${report.quarter} is queued: the worker will start on it shortly.`}
      </Text>
      <Stepper active={running ? 1 : 0} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Queued" description={<DateTime value={report.createdAt} />} loading={!running} />
        <Stepper.Step
          label="Building"
          description={report.startedAt ? <DateTime value={report.startedAt} /> : 'Waiting'}
          loading={running}
        />
        <Stepper.Step label="Ready" description="Figures, charts and CSV" />
      </Stepper>
    </Card>
  );
}
