import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { AppModal } from '../../ui/app-modal';
import { FormProblem } from '../../ui/form-problem';
import { showApiErrorOnForm } from '../../ui/form-errors';
import type { ReviewResponse } from '../../api/types';
import { useReview } from './api';

/**
 * Reject one or many conversions with the note their partners will read (the API refuses a
 * rejection without one). `onDone` gets the per-conversion results.
 */
export function RejectDialog({
  brandId,
  transactionIds,
  onClose,
  onDone,
}: {
  brandId: string;
  transactionIds: string[];
  onClose: () => void;
  onDone: (results: ReviewResponse) => void;
}) {
  const review = useReview(brandId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { note: '' },
    validate: { note: (value) => (value.trim() ? null : 'Say why, in a sentence the partners will read') },
  });
  const many = transactionIds.length > 1;
  return (
    <AppModal
      onClose={onClose}
      title={many ? `Reject ${transactionIds.length} conversions` : `Reject ${transactionIds[0] ?? ''}`}
    >
      <form
        noValidate
        onSubmit={form.onSubmit(({ note }) => {
          setProblem(null);
          review.mutate(
            { transactionIds, decision: 'reject', note: note.trim() },
            { onSuccess: onDone, onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
          );
        })}
      >
        <Stack gap="md">
          <Text size="sm">
            Their commissions are rejected and not paid. The partners see your note beside the rejected
            {many ? ' orders' : ' order'}.
          </Text>
          <FormProblem problem={problem} />
          <Textarea
            label="Note to the partners"
            autosize
            minRows={3}
            maxLength={500}
            required
            data-autofocus
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={review.isPending}>
              {many ? `Reject ${transactionIds.length}` : 'Reject'}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
