import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { FormProblem } from '../../ui/form-problem';
import { useActiveBrand } from '../brand';
import { useRequestReport } from './api';
import { quarterOptions } from './quarter-options';

/**
 * Asks the worker for a quarter's report (quarters of the brand's time zone), then opens it to
 * follow its progress. The last closed quarter is offered first; the one under way can be asked
 * for too (its figures so far).
 */
export function RequestReportForm() {
  const brand = useActiveBrand();
  const navigate = useNavigate();
  const request = useRequestReport();
  const options = useMemo(() => (brand ? quarterOptions(new Date(), brand.timezone) : []), [brand]);
  const [quarter, setQuarter] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = quarter ?? options[1]?.value ?? null;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="request-report">
      <Title id="request-report" order={2} fz="h4" mb={4}>
        Request a report
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Quarters follow the brand’s time zone{brand ? ` (${brand.timezone})` : ''}. A report is built in the background;
        it opens as soon as it is asked for and shows its figures when it is ready.
      </Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!chosen) return;
          setProblem(null);
          request.mutate(chosen, {
            onSuccess: (report) => void navigate(report.id),
            onError: (error) => setProblem(errorMessage(error)),
          });
        }}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <Group align="flex-end" gap="md" wrap="wrap">
            <Select
              label="Quarter"
              data={options}
              value={chosen}
              onChange={setQuarter}
              allowDeselect={false}
              disabled={!brand}
              w={280}
              maw="100%"
            />
            <Button type="submit" loading={request.isPending} disabled={!chosen}>
              Request report
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
