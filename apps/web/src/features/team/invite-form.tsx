import { Alert, Button, Card, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { MembershipRole } from '../../api/pending-paths';
import { InviteLink } from '../../ui/invite-link';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { partnersQuery, useCreateInvite } from './api';

const ROLE_OPTIONS = [
  { value: 'brand_manager', label: 'Brand manager (runs the program)' },
  { value: 'partner', label: 'Partner (sees only their own results)' },
];

/** Invites a person to the brand and shows the link to send them (also mailed when mail is set up). */
export function InviteForm({ brandId }: { brandId: string }) {
  const create = useCreateInvite(brandId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', role: 'brand_manager' as MembershipRole, partnerId: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value) ? null : 'Enter an email address'),
      partnerId: (value, values) =>
        values.role === 'partner' && !value ? 'Pick the partner this person works for' : null,
    },
  });
  const partners = useQuery({ ...partnersQuery(brandId), enabled: form.values.role === 'partner' });

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="h4" mb="md">
        Invite someone
      </Title>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          create.mutate(
            {
              email: values.email.trim(),
              role: values.role,
              ...(values.role === 'partner' ? { partnerId: values.partnerId } : {}),
            },
            {
              onSuccess: () => form.reset(),
              onError: (error) => setProblem(showApiErrorOnForm(form, error)),
            },
          );
        })}
      >
        <Stack gap="md">
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
          <Select label="Role" data={ROLE_OPTIONS} allowDeselect={false} required {...form.getInputProps('role')} />
          {form.values.role === 'partner' ? (
            <Select
              label="Partner"
              description="The partner account this person will see."
              placeholder={partners.isPending ? 'Loading partners…' : 'Pick a partner'}
              data={(partners.data?.data ?? []).map((partner) => ({ value: partner.id, label: partner.name }))}
              searchable
              nothingFoundMessage="No partner with that name"
              required
              error={partners.isError ? 'The partners could not be loaded' : undefined}
              {...form.getInputProps('partnerId')}
            />
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              Create invite
            </Button>
          </Group>
          {create.data ? (
            <Alert color="brand" variant="light" role="status" title={`Invite created for ${create.data.email}`}>
              <InviteLink acceptUrl={create.data.acceptUrl} mail={create.data.mail} />
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
