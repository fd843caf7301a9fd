import { Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AppModal } from '../../ui/app-modal';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { partnerChoicesQuery, useCreatePromoCode } from './api';

/** Gives a partner a promo code (unique in the brand, whatever the case). */
export function CreatePromoCodeDialog({ onClose }: { onClose: () => void }) {
  const create = useCreatePromoCode();
  const partners = useQuery(partnerChoicesQuery());
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { partnerId: '', code: '', exclusiveToAudience: false },
    validate: {
      partnerId: (value) => (value ? null : 'Pick the partner the code is for'),
      code: (value) => (/^[A-Za-z0-9_-]{2,64}$/.test(value.trim()) ? null : '2-64 letters, digits, "-" or "_"'),
    },
  });
  return (
    <AppModal title="Create a promo code" onClose={onClose}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          create.mutate(
            { partnerId: values.partnerId, code: values.code.trim(), exclusiveToAudience: values.exclusiveToAudience },
            { onSuccess: onClose, onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <Select
            label="Partner"
            placeholder={partners.isPending ? 'Loading partners…' : 'Pick a partner'}
            data={(partners.data?.data ?? []).map((partner) => ({ value: partner.id, label: partner.name }))}
            searchable
            nothingFoundMessage="No partner with that name"
            required
            error={partners.isError ? 'The partners could not be loaded' : undefined}
            data-autofocus
            {...form.getInputProps('partnerId')}
          />
          <TextInput
            label="Code"
            description="What customers type at checkout, such as TRAIL10."
            required
            {...form.getInputProps('code')}
          />
          <Switch
            label="Only for the partner’s own audience"
            description="Credited only when the customer also clicked one of the partner’s links; otherwise flagged."
            {...form.getInputProps('exclusiveToAudience', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create code
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
