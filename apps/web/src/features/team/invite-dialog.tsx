import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { MembershipRole } from '../../api/types';
import { AppModal } from '../../ui/app-modal';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { InviteLink } from '../../ui/invite-link';
import { partnersQuery, useCreateInvite } from './api';
import { FormProblem } from '../../ui/form-problem';

const ROLE_OPTIONS = [
  { value: 'brand_manager', label: 'Brand manager (runs the program)' },
  { value: 'partner', label: 'Partner (sees only their own results)' },
];

/** Invites a person to the brand, then shows the link to send them (also mailed when mail is set up). */
export function InviteDialog({ brandId, onClose }: { brandId: string; onClose: () => void }) {
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

  if (create.data) {
    return (
      <AppModal title="Invite created" onClose={onClose}>
        <Stack gap="md">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {create.data.email} can join as {create.data.role === 'partner' ? 'a partner' : 'a brand manager'} with this
            link.
          </Text>
          <InviteLink acceptUrl={create.data.acceptUrl} mail={create.data.mail} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => create.reset()}>
              Invite someone else
            </Button>
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }

  return (
    <AppModal title="Invite someone" onClose={onClose}>
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
            { onSuccess: () => form.reset(), onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <TextInput label="Email" type="email" required data-autofocus {...form.getInputProps('email')} />
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
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create invite
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
