import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Brand } from '../../api/types';
import { ErrorState } from '../../ui/error-state';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { PageHeader } from '../../ui/page-header';
import { useQuery } from '@tanstack/react-query';
import { useActiveMembership } from '../auth';
import { brandQuery } from '../brand';
import { useUpdateBrand } from './api';

/** The brand: name, program page, where links may point, and the payout threshold. */
export function BrandSettingsPage() {
  const membership = useActiveMembership();
  const brand = useQuery({ ...brandQuery(membership?.brandId ?? ''), enabled: Boolean(membership) });
  return (
    <>
      <PageHeader title="Brand settings" description="How your brand and its partner program are set up." />
      {brand.isPending ? (
        <LoadingState label="Loading the brand…" rows={6} />
      ) : brand.isError ? (
        <ErrorState error={brand.error} onRetry={() => void brand.refetch()} />
      ) : (
        <BrandForm brand={brand.data} />
      )}
    </>
  );
}

function formValues(brand: Brand) {
  return {
    name: brand.name,
    slug: brand.slug,
    landingDomains: brand.landingDomains.join('\n'),
    clickIdParam: brand.clickIdParam,
    minimumPayout: brand.minimumPayout,
    programDescription: brand.programDescription,
    programTerms: brand.programTerms,
    requireSignedPostbacks: brand.requireSignedPostbacks,
    clickRetentionMonths: brand.clickRetentionMonths as number | string,
  };
}

function BrandForm({ brand }: { brand: Brand }) {
  const update = useUpdateBrand(brand.id);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: formValues(brand),
    validate: {
      name: (value) => (value.trim() ? null : 'Give the brand a name'),
      landingDomains: (value) => (domainsOf(value).length > 0 ? null : 'Name at least one landing domain'),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setProblem(null);
        update.mutate(
          {
            name: values.name.trim(),
            slug: values.slug.trim(),
            landingDomains: domainsOf(values.landingDomains),
            clickIdParam: values.clickIdParam.trim(),
            minimumPayout: values.minimumPayout.trim(),
            programDescription: values.programDescription,
            programTerms: values.programTerms,
            requireSignedPostbacks: values.requireSignedPostbacks,
            clickRetentionMonths: Number(values.clickRetentionMonths),
          },
          {
            onSuccess: (saved) => {
              form.setInitialValues(formValues(saved));
              form.setValues(formValues(saved));
            },
            onError: (error) => setProblem(showApiErrorOnForm(form, error)),
          },
        );
      })}
    >
      <Stack gap="lg" maw={760}>
        <FormProblem problem={problem} title="The settings were not saved" />
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <TextInput label="Brand name" required {...form.getInputProps('name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Currency"
                value={brand.currency}
                variant="filled"
                readOnly
                description="All money of the brand is kept in it, so it cannot change."
              />
              <TextInput
                label="Time zone"
                value={brand.timezone}
                variant="filled"
                readOnly
                description="Days, months and quarters of your reports follow it; it cannot change."
              />
            </SimpleGrid>
            <Textarea
              label="Landing domains"
              description="One host per line, such as shop.example.com: tracking links may point to these hosts and their subdomains."
              autosize
              minRows={2}
              required
              {...form.getInputProps('landingDomains')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Click id parameter"
                description="The query parameter your site reads the click id from."
                {...form.getInputProps('clickIdParam')}
              />
              <TextInput
                label={`Minimum payout (${brand.currency})`}
                description="Statements below this carry over to the next month."
                inputMode="decimal"
                {...form.getInputProps('minimumPayout')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label="Keep raw clicks (months)"
                description="Older clicks are deleted; their daily counts are kept."
                min={1}
                max={120}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('clickRetentionMonths')}
              />
              <Switch
                mt={{ sm: 'xl' }}
                label="Require signed postbacks"
                description="Postbacks without the sending key’s HMAC signature are refused."
                {...form.getInputProps('requireSignedPostbacks', { type: 'checkbox' })}
              />
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <TextInput
              label="Application page address"
              description={`Partners apply at /app/apply/${form.values.slug || '…'}`}
              {...form.getInputProps('slug')}
            />
            <Textarea
              label="Program description"
              description="What your program offers, on the application page."
              autosize
              minRows={3}
              maxRows={10}
              {...form.getInputProps('programDescription')}
            />
            <Textarea
              label="Program terms"
              description="The terms partners apply under."
              autosize
              minRows={3}
              maxRows={14}
              {...form.getInputProps('programTerms')}
            />
          </Stack>
        </Card>
        <Group justify="flex-end">
          <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
            Undo changes
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The hosts typed one per line (or separated by commas), lower-cased, blanks left out. */
function domainsOf(text: string): string[] {
  return text
    .split(/[\n,]+/)
    .map((domain) => domain.trim().toLowerCase())
    .filter(Boolean);
}
