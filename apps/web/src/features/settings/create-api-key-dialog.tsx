import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiKeyRole } from '../../api/types';
import { AppModal } from '../../ui/app-modal';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { partnerChoicesQuery, useCreateApiKey } from './api';
import { SecretOnce } from './secret-once';

const ROLE_OPTIONS: { value: ApiKeyRole; label: string }[] = [
  { value: 'brand_manager', label: 'Brand manager: everything a manager can do, and signed postbacks' },
  { value: 'network', label: 'Network: posts clicks and conversions (S2S postbacks)' },
  { value: 'partner', label: 'Partner: one partner’s own links and results' },
];

/** Creates a key, then shows it (and its signing secret) the one time the API gives it. */
export function CreateApiKeyDialog({ brandId, onClose }: { brandId: string; onClose: () => void }) {
  const create = useCreateApiKey(brandId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', role: 'network' as ApiKeyRole, partnerId: '' },
    validate: {
      name: (value) => (value.trim() ? null : 'Name the key after what will use it'),
      partnerId: (value, values) => (values.role === 'partner' && !value ? 'Pick the partner the key is for' : null),
    },
  });
  const partners = useQuery({ ...partnerChoicesQuery(), enabled: form.values.role === 'partner' });

  if (create.data) {
    return (
      <AppModal title="API key created" onClose={onClose}>
        <Stack gap="md">
          <Text size="sm">
            <strong>{create.data.name}</strong> is ready. Send it as <code>Authorization: Bearer &lt;key&gt;</code>.
          </Text>
          <SecretOnce label="API key" value={create.data.key} what="key" />
          {create.data.signingSecret ? (
            <SecretOnce label="Postback signing secret" value={create.data.signingSecret} what="signing secret" />
          ) : null}
          <Group justify="flex-end">
            <Button onClick={onClose}>I have stored it</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }

  return (
    <AppModal title="Create an API key" onClose={onClose}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          create.mutate(
            {
              name: values.name.trim(),
              role: values.role,
              ...(values.role === 'partner' ? { partnerId: values.partnerId } : {}),
            },
            { onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <TextInput
            label="Name"
            description="What uses the key, such as “Shop server” or “Impact postbacks”."
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select label="Role" data={ROLE_OPTIONS} allowDeselect={false} required {...form.getInputProps('role')} />
          {form.values.role === 'partner' ? (
            <Select
              label="Partner"
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
              Create key
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
