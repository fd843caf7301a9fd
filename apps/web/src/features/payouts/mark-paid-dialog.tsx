import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { AppModal } from '../../ui/app-modal';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { Money } from '../../ui/money';
import { useMarkManyPaid } from './api';

export interface PayableStatement {
  id: string;
  partnerName: string;
  amountDue: string;
  currency: string;
}

/**
 * Marks statements paid with the reference of the payment that paid them (one bank batch for
 * several partners, or one transfer): all of them, or none when the API refuses one.
 */
export function MarkPaidDialog({
  statements,
  onClose,
  onPaid,
}: {
  statements: PayableStatement[];
  onClose: () => void;
  onPaid?: () => void;
}) {
  const markPaid = useMarkManyPaid();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reference: '' },
    validate: { reference: (value) => (value.trim() ? null : 'Enter the payment’s reference') },
  });
  const one = statements.length === 1;
  return (
    <AppModal onClose={onClose} title={one ? 'Mark the statement paid' : `Mark ${statements.length} statements paid`}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ reference }) => {
          setProblem(null);
          markPaid.mutate(
            { statementIds: statements.map((statement) => statement.id), reference: reference.trim() },
            {
              onSuccess: () => {
                onPaid?.();
                onClose();
              },
              onError: (error) => setProblem(showApiErrorOnForm(form, error)),
            },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <Stack gap={4}>
            <Text size="sm">{one ? 'Paid:' : 'Paid with one payment:'}</Text>
            <List size="sm" spacing={2}>
              {statements.map((statement) => (
                <List.Item key={statement.id}>
                  {statement.partnerName}: <Money amount={statement.amountDue} currency={statement.currency} />
                </List.Item>
              ))}
            </List>
          </Stack>
          <TextInput
            label="Payment reference"
            description="The bank transfer’s or payout batch’s reference; partners see it on their statement."
            required
            maxLength={200}
            data-autofocus
            {...form.getInputProps('reference')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={markPaid.isPending}>
              Mark paid
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
