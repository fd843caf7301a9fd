import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { MixTarget } from '../../api/types';
import { formatShare } from '../../lib/format';
import { FUNNEL_ROLES, funnelRoleLabel } from '../../lib/partner-kinds';
import { basisPointsToShare, percentToBasisPoints, shareToPercent } from '../../lib/percent';
import { DateTime } from '../../ui/date-time';
import { ErrorState } from '../../ui/error-state';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { targetMixQuery, useSetTargetMix } from './api';

type Role = keyof MixTarget;

/** The share of attributed revenue the brand aims for per funnel role: four percentages adding up to 100. */
export function TargetMixPage() {
  const target = useQuery(targetMixQuery());
  return (
    <>
      <PageHeader
        title="Target mix"
        description="The share of attributed revenue you aim for from each funnel role. Reports and the overview compare the actual mix with it."
      />
      {target.isPending ? (
        <LoadingState label="Loading the target mix…" rows={4} />
      ) : target.isError ? (
        <ErrorState error={target.error} onRetry={() => void target.refetch()} />
      ) : (
        <TargetForm target={target.data} />
      )}
    </>
  );
}

const DESCRIPTIONS: Record<Role, string> = {
  awareness: 'Creators, podcasts, media',
  consideration: 'Review, comparison and community sites',
  conversion: 'Coupon, deal and cashback sites',
  retention: 'Loyalty and referral programs',
};

function TargetForm({ target }: { target: (MixTarget & { updatedAt: string }) | null }) {
  const save = useSetTargetMix();
  const [problem, setProblem] = useState<string | null>(null);
  const initial = (role: Role): number | string => (target ? shareToPercent(target[role]) : '');
  const form = useForm({
    initialValues: {
      awareness: initial('awareness'),
      consideration: initial('consideration'),
      conversion: initial('conversion'),
      retention: initial('retention'),
      /** Holds the error about the four together (the API's `target`). */
      target: '',
    },
    validate: Object.fromEntries(
      FUNNEL_ROLES.map((role) => [
        role,
        (value: number | string) =>
          value === ''
            ? 'Enter a percentage (0 for none)'
            : percentToBasisPoints(Number(value)) === null
              ? 'At most 2 decimals'
              : null,
      ]),
    ),
  });
  const points = FUNNEL_ROLES.map((role) => {
    const value = form.values[role];
    return value === '' ? 0 : (percentToBasisPoints(Number(value)) ?? 0);
  });
  const total = points.reduce((sum, value) => sum + value, 0);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setProblem(null);
        if (total !== 10_000) {
          form.setFieldError(
            'target',
            `The four shares add up to ${formatShare(total / 10_000, undefined, 2)}; they must add up to 100%.`,
          );
          return;
        }
        const body = Object.fromEntries(
          FUNNEL_ROLES.map((role) => [role, basisPointsToShare(percentToBasisPoints(Number(values[role]))!)]),
        ) as MixTarget;
        save.mutate(body, { onError: (error) => setProblem(showApiErrorOnForm(form, error)) });
      })}
    >
      <Stack gap="lg" maw={640}>
        <FormProblem problem={problem} title="The target mix was not saved" />
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {FUNNEL_ROLES.map((role) => (
                <NumberInput
                  key={role}
                  label={funnelRoleLabel(role)}
                  description={DESCRIPTIONS[role]}
                  suffix="%"
                  min={0}
                  max={100}
                  decimalScale={2}
                  allowNegative={false}
                  {...form.getInputProps(role)}
                  onChange={(value) => {
                    form.setFieldValue(role, value);
                    form.clearFieldError('target');
                  }}
                />
              ))}
            </SimpleGrid>
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" fw={600}>
                Total: {formatShare(total / 10_000, undefined, 2)}
              </Text>
              {target ? (
                <Text size="xs" c="dimmed">
                  Last changed <DateTime value={target.updatedAt} />
                </Text>
              ) : (
                <Text size="xs" c="dimmed">
                  No target set yet.
                </Text>
              )}
            </Group>
            {form.errors.target ? (
              <Text size="sm" c="red.8" role="alert">
                {form.errors.target}
              </Text>
            ) : null}
          </Stack>
        </Card>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save target mix
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
