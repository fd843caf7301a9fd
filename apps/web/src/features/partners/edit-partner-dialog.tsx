import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { PartnerResponse } from '../../api/types';
import { AppModal } from '../../ui/app-modal';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { useUpdatePartner } from './api';
import { PartnerFields, type PartnerFormValues } from './partner-fields';

/** Name, e-mail, type and role; the API's objections are shown at their fields. */
export function EditPartnerDialog({ partner, onClose }: { partner: PartnerResponse; onClose: () => void }) {
  const update = useUpdatePartner(partner.id);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<PartnerFormValues>({
    initialValues: { name: partner.name, email: partner.email ?? '', type: partner.type, role: partner.role },
    validate: { name: (value) => (value.trim() ? null : 'Enter the partner’s name') },
  });
  return (
    <AppModal title={`Edit ${partner.name}`} onClose={onClose}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          update.mutate(
            {
              name: values.name.trim(),
              type: values.type,
              role: values.role,
              ...(values.email.trim() ? { email: values.email.trim() } : {}),
            },
            { onSuccess: onClose, onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
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
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
