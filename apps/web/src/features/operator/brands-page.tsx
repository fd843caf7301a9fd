import { Alert, Button, Card, Code, Grid, Group, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { InviteLink } from '../../ui/invite-link';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { PageHeader } from '../../ui/page-header';
import { useCreateBrand, useInviteManager } from './api';
import { BrandsTable } from './brands-table';
import { FormProblem } from '../../ui/form-problem';

function CreateBrandCard({ onCreated }: { onCreated: (brandId: string) => void }) {
  const create = useCreateBrand();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', currency: 'EUR', timezone: 'Europe/Berlin', landingDomains: '', minimumPayout: '25.00' },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter the brand’s name'),
      currency: (value) => (/^[A-Z]{3}$/.test(value) ? null : 'Three capital letters (ISO 4217), such as EUR'),
      landingDomains: (value) => (value.trim() ? null : 'At least one domain links may send people to'),
    },
  });
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="h4" mb="md">
        Create a brand
      </Title>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          create.mutate(
            {
              ...values,
              name: values.name.trim(),
              landingDomains: values.landingDomains
                .split(/[\s,]+/)
                .map((domain) => domain.trim())
                .filter(Boolean),
            },
            {
              onSuccess: (brand) => onCreated(brand.id),
              onError: (error) => setProblem(showApiErrorOnForm(form, error)),
            },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <Group grow align="flex-start">
            <TextInput label="Currency" required maxLength={3} {...form.getInputProps('currency')} />
            <TextInput label="Minimum payout" {...form.getInputProps('minimumPayout')} />
          </Group>
          <TextInput
            label="Time zone"
            description="Reports and quarters follow it."
            required
            {...form.getInputProps('timezone')}
          />
          <TextInput
            label="Landing domains"
            description="Separated by commas: tracking links may only send people there."
            placeholder="shop.example.com, example.com"
            required
            {...form.getInputProps('landingDomains')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              Create brand
            </Button>
          </Group>
          {create.data ? (
            <Alert color="brand" variant="light" role="status" title={`${create.data.name} is created`}>
              Brand id <Code>{create.data.id}</Code>. Invite its first manager next.
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}

function InviteManagerCard({ brandId }: { brandId: string }) {
  const invite = useInviteManager();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { brandId, email: '' },
    validate: {
      brandId: (value) => (value.trim() ? null : 'Enter the brand id'),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value) ? null : 'Enter an email address'),
    },
  });
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="h4" mb="md">
        Invite a brand manager
      </Title>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          invite.mutate(
            { brandId: values.brandId.trim(), email: values.email.trim() },
            { onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <TextInput label="Brand id" required {...form.getInputProps('brandId')} />
          <TextInput label="Manager’s email" type="email" required {...form.getInputProps('email')} />
          <Group justify="flex-end">
            <Button type="submit" loading={invite.isPending}>
              Create invite
            </Button>
          </Group>
          {invite.data ? <InviteLink acceptUrl={invite.data.acceptUrl} mail={invite.data.mail} /> : null}
        </Stack>
      </form>
    </Card>
  );
}

export function BrandsPage() {
  const [brandId, setBrandId] = useState('');
  return (
    <>
      <PageHeader
        title="Brands"
        description="Create a brand and invite its first manager; from there the manager runs the program."
      />
      <Stack gap="xl">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <CreateBrandCard onCreated={setBrandId} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <InviteManagerCard key={brandId} brandId={brandId} />
          </Grid.Col>
        </Grid>
        <section aria-labelledby="all-brands">
          <Title id="all-brands" order={2} fz="h4" mb="md">
            All brands
          </Title>
          <BrandsTable
            onInvite={(id) => {
              setBrandId(id);
              window.scrollTo({ top: 0, behavior: 'smooth' });
            }}
          />
        </section>
      </Stack>
    </>
  );
}
