import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, isApiError } from '../../api/api-error';
import type { PlanVersion } from '../../api/types';
import { formPaths } from '../../lib/form-errors';
import { FUNNEL_ROLES } from '../../lib/partner-kinds';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { type PlanPreviews, rulePartnersQuery, usePreviewPlan, usePublishPlan } from './api';
import { GroupError } from './group-error';
import { emptyRule, inPercent, type PlanValues, valuesToBody } from './plan-form';
import { BASE_OPTIONS, CODE_POLICY_OPTIONS, MODEL_OPTIONS } from './plan-labels';
import { PlanPreviewPanel } from './plan-preview-panel';
import { RuleFields } from './rule-fields';

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  const id = `plan-section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h4" id={id}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * The whole plan in one form. Preview replays the draft on the last month and quarter; Publish is
 * offered once the draft on screen is the one previewed. The API's errors land on their inputs.
 */
export function PlanEditor({
  initialValues,
  startsFrom,
  currency,
  timeZone,
}: {
  initialValues: PlanValues;
  startsFrom: PlanVersion | undefined;
  currency: string;
  timeZone: string;
}) {
  const form = useForm<PlanValues>({ initialValues });
  const partners = useQuery(rulePartnersQuery());
  const preview = usePreviewPlan();
  const publish = usePublishPlan();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<{ body: string; previews: PlanPreviews }>();

  const values = form.getValues();
  const body = valuesToBody(values, timeZone);
  const bodyKey = JSON.stringify(body);
  const current = previewed?.body === bodyKey;
  const { model } = values.attribution;
  const shaping = model === 'role_weighted' ? values.attribution.base : model;

  const showError = (error: unknown) => {
    if (isApiError(error, 'conflict')) {
      form.setFieldError('effectiveFrom', error.message);
      setProblem(null);
      return;
    }
    const fields = formPaths(form.getValues()).filter((path) => !path.endsWith('.key'));
    const shown =
      error instanceof ApiError
        ? new ApiError(error.status, error.code, error.message, inPercent(error.details))
        : error;
    setProblem(showApiErrorOnForm(form, shown, fields));
  };
  const runPreview = () => {
    form.clearErrors();
    setProblem(null);
    preview.mutate(body, {
      onSuccess: (previews) => setPreviewed({ body: bodyKey, previews }),
      onError: showError,
    });
  };
  const runPublish = () => {
    form.clearErrors();
    setProblem(null);
    publish.mutate(body, { onSuccess: () => void navigate('/console/plans'), onError: showError });
  };
  const money = {
    rightSection: <Text size="xs">{currency}</Text>,
    rightSectionWidth: 44,
    inputMode: 'decimal' as const,
  };
  const percent = { rightSection: <Text size="xs">%</Text>, inputMode: 'decimal' as const };
  const whole = { inputMode: 'numeric' as const };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(() => (current ? runPublish() : runPreview()))}
      aria-label="Commission plan draft"
    >
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {startsFrom
            ? 'The draft starts as a copy of the version shown on the versions page; what you change here applies only from the new start date.'
            : 'No version yet: this is a blank plan paying by funnel role. Fill in what each role earns.'}
        </Text>
        <Section title="Start and windows">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <TextInput
              type="date"
              label="Starts on"
              description={`At midnight, ${timeZone}`}
              {...form.getInputProps('effectiveFrom')}
            />
            <TextInput
              label="Lookback window"
              description="Days of touches before a conversion"
              rightSection={<Text size="xs">days</Text>}
              rightSectionWidth={44}
              {...whole}
              {...form.getInputProps('lookbackDays')}
            />
            <TextInput
              label="Lock period"
              description="Days before commission is approved"
              rightSection={<Text size="xs">days</Text>}
              rightSectionWidth={44}
              {...whole}
              {...form.getInputProps('lockDays')}
            />
            <Select
              label="Promo codes"
              description="How a code on an order is credited"
              data={CODE_POLICY_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('codePolicy')}
            />
          </SimpleGrid>
        </Section>

        <Section
          title="Attribution"
          description="How the credit for a conversion is shared between the touches of its journey."
        >
          <GroupError error={form.errors.attribution} />
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <Select
              label="Model"
              data={MODEL_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('attribution.model')}
            />
            {model === 'role_weighted' ? (
              <Select
                label="Base model"
                description="Weighted by role afterwards"
                data={BASE_OPTIONS}
                allowDeselect={false}
                {...form.getInputProps('attribution.base')}
              />
            ) : null}
            {shaping === 'time_decay' ? (
              <TextInput
                label="Half-life"
                rightSection={<Text size="xs">days</Text>}
                rightSectionWidth={44}
                inputMode="decimal"
                {...form.getInputProps('attribution.halfLifeDays')}
              />
            ) : null}
            {shaping === 'position_based' ? (
              <>
                <TextInput
                  label="First touch share"
                  description="0 to 1"
                  inputMode="decimal"
                  {...form.getInputProps('attribution.firstShare')}
                />
                <TextInput
                  label="Last touch share"
                  description="0 to 1"
                  inputMode="decimal"
                  {...form.getInputProps('attribution.lastShare')}
                />
              </>
            ) : null}
          </SimpleGrid>
          {model === 'role_weighted' ? (
            <>
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
                {FUNNEL_ROLES.map((role) => (
                  <TextInput
                    key={role}
                    label={`Weight of ${role}`}
                    inputMode="decimal"
                    {...form.getInputProps(`attribution.roleWeights.${role}`)}
                  />
                ))}
              </SimpleGrid>
              <GroupError error={form.errors['attribution.roleWeights']} />
            </>
          ) : null}
        </Section>

        <Section
          title="Rules"
          description="The most specific rule that matches a partner pays it: a partner's own rule before its type's, its type's before its role's. Leave a way of paying blank to not pay that way."
        >
          <GroupError error={form.errors.rules} />
          {values.rules.map((rule, index) => (
            <RuleFields
              key={rule.key}
              form={form}
              index={index}
              currency={currency}
              partners={partners.data?.data ?? []}
            />
          ))}
          <Group>
            <Button variant="default" onClick={() => form.insertListItem('rules', emptyRule())}>
              Add a rule
            </Button>
          </Group>
        </Section>

        <Section title="Bonus and cap">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="New-customer bonus rate"
              description="Of the order, for a new customer"
              {...percent}
              {...form.getInputProps('newCustomerBonus.rateBps')}
            />
            <TextInput
              label="New-customer bonus amount"
              description="Per order of a new customer"
              {...money}
              {...form.getInputProps('newCustomerBonus.amount')}
            />
            <TextInput
              label="Cap per partner and month"
              description="Blank for no cap"
              {...money}
              {...form.getInputProps('caps.perPartnerPerMonth')}
            />
          </SimpleGrid>
          <GroupError error={form.errors.newCustomerBonus ?? form.errors.caps} />
        </Section>

        <FormProblem problem={problem} title="The draft could not be used" />

        {previewed ? (
          <Section
            title="Preview"
            description="What each partner earned, and what it would have earned under this draft."
          >
            {current ? null : (
              <Alert color="yellow" variant="light">
                The draft changed since this preview. Preview it again before publishing.
              </Alert>
            )}
            <PlanPreviewPanel previews={previewed.previews} />
          </Section>
        ) : null}

        <Group justify="flex-end" gap="sm">
          <Button component={Link} to="/console/plans" variant="subtle">
            Cancel
          </Button>
          <Button variant={current ? 'default' : 'filled'} onClick={runPreview} loading={preview.isPending}>
            Preview
          </Button>
          <Button onClick={runPublish} disabled={!current} loading={publish.isPending}>
            Publish as a new version
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
