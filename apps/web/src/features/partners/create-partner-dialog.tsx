import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AppModal } from '../../ui/app-modal';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { useCreatePartner } from './api';
import { PartnerFields, type PartnerFormValues } from './partner-fields';

/** A new partner (active from the start); on success, its page. */
export function CreatePartnerDialog({ onClose }: { onClose: () => void }) {
  const create = useCreatePartner();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<PartnerFormValues>({
    initialValues: { name: '', email: '', type: 'creator', role: 'awareness' },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter the partner’s name'),
      email: (value) => (!value.trim() || /^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter an email address'),
    },
  });
  return (
    <AppModal title="Create partner" onClose={onClose}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          create.mutate(
            {
              name: values.name.trim(),
              type: values.type,
              role: values.role,
              ...(values.email.trim() ? { email: values.email.trim() } : {}),
            },
            {
              onSuccess: (partner) => {
                onClose();
                void navigate(partner.id);
              },
              onError: (error) => setProblem(showApiErrorOnForm(form, error)),
            },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <PartnerFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create partner
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
