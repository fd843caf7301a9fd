import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { ConversionResponse } from '../../api/types';
import { formatMoney } from '../../lib/money';
import { AppModal } from '../../ui/app-modal';
import { FormProblem } from '../../ui/form-problem';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { useReverse } from './api';

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Records a refund, all of what remains or a part of it. The API checks the amount against what
 * remains and says so at the field; the worker then claws back the partners' commissions.
 */
export function ReversalDialog({
  brandId,
  conversion,
  onClose,
}: {
  brandId: string;
  conversion: ConversionResponse;
  onClose: () => void;
}) {
  const reverse = useReverse(brandId, conversion.transactionId);
  const [problem, setProblem] = useState<string | null>(null);
  // One id per open dialog: a retry after a lost answer replays the same reversal, never a second one.
  const [reversalId] = useState(() => crypto.randomUUID());
  const form = useForm({
    initialValues: { amount: conversion.remainingAmount, reason: '' },
    validate: {
      amount: (value) => (DECIMAL.test(value.trim()) ? null : 'An amount such as 20.00, without the currency sign'),
      reason: (value) => (value.trim() ? null : 'Say why, such as “one item returned”'),
    },
  });
  return (
    <AppModal onClose={onClose} title={`Record a refund of ${conversion.transactionId}`}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ amount, reason }) => {
          setProblem(null);
          reverse.mutate(
            { amount: amount.trim(), reason: reason.trim(), reversalId },
            { onSuccess: onClose, onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
          );
        })}
      >
        <Stack gap="md">
          <Text size="sm">
            {formatMoney(conversion.remainingAmount, conversion.currency)} of{' '}
            {formatMoney(conversion.amount, conversion.currency)} remains. The partners’ commissions are clawed back in
            proportion; history is kept, nothing is edited.
          </Text>
          <FormProblem problem={problem} />
          <TextInput
            label={`Amount refunded (${conversion.currency})`}
            description="All that remains, or a part of it"
            inputMode="decimal"
            required
            data-autofocus
            {...form.getInputProps('amount')}
          />
          <Textarea label="Reason" autosize minRows={2} maxLength={500} required {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={reverse.isPending}>
              Record refund
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
