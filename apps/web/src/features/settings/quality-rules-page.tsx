import { Button, Card, Group, NumberInput, Stack, Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { QualityRules } from '../../api/types';
import { ErrorState } from '../../ui/error-state';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { qualityRulesQuery, useSetQualityRules } from './api';

/** The fraud and hijack rules conversions are checked against. */
export function QualityRulesPage() {
  const rules = useQuery(qualityRulesQuery());
  return (
    <>
      <PageHeader
        title="Quality rules"
        description="Conversions that break a rule are flagged and wait for your review instead of paying out."
      />
      {rules.isPending ? (
        <LoadingState label="Loading the rules…" rows={4} />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <QualityForm rules={rules.data as Required<QualityRules>} />
      )}
    </>
  );
}

function QualityForm({ rules }: { rules: Required<QualityRules> }) {
  const save = useSetQualityRules();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ initialValues: rules });
  const whole = { allowDecimal: false, allowNegative: false, min: 0, thousandSeparator: false } as const;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setProblem(null);
        save.mutate(values, {
          onSuccess: (saved) => {
            form.setInitialValues(saved as Required<QualityRules>);
            form.setValues(saved as Required<QualityRules>);
          },
          onError: (error) => setProblem(showApiErrorOnForm(form, error)),
        });
      })}
    >
      <Stack gap="lg" maw={640}>
        <FormProblem problem={problem} title="The rules were not saved" />
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <NumberInput
              label="Shortest click-to-conversion time (seconds)"
              description="A conversion sooner than this after its last click is flagged: bots and cookies stuffed at checkout are that fast."
              {...whole}
              {...form.getInputProps('minCtitSeconds')}
            />
            <NumberInput
              label="Click flooding: clicks per minute"
              description="More clicks than this from one network for one partner within a minute are not credited."
              {...whole}
              {...form.getInputProps('clickFloodPerMinute')}
            />
            <NumberInput
              label="Last-second window (seconds)"
              description="A coupon or cashback click this close before the order, after another partner’s touch, is flagged as an attribution hijack."
              {...whole}
              {...form.getInputProps('lastSecondSeconds')}
            />
            <Switch
              label="Take the credit away from last-second hijacks"
              description="Off: the hijacking touch keeps its credit, flagged for your review."
              {...form.getInputProps('standDownLastSecond', { type: 'checkbox' })}
            />
          </Stack>
        </Card>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save rules
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
