import { Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AppModal } from '../../ui/app-modal';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';
import { TableFrame } from '../../ui/table-frame';
import { codesQuery, useCreateCode } from './api';
import { PartnerSection } from './partner-section';
import { ShowMore } from '../../ui/show-more';

/** A promo code of the partner's: a conversion posted with it is a touch of the partner. */
function CreateCodeDialog({ partnerId, onClose }: { partnerId: string; onClose: () => void }) {
  const create = useCreateCode(partnerId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: '', exclusiveToAudience: false },
    validate: { code: (value) => (value.trim() ? null : 'Enter the code shoppers type at checkout') },
  });
  return (
    <AppModal title="Create promo code" onClose={onClose}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          create.mutate(
            { code: values.code.trim(), exclusiveToAudience: values.exclusiveToAudience },
            { onSuccess: onClose, onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <TextInput
            label="Code"
            description="Unique in your brand, whatever the case: 2–64 letters, digits, - or _."
            required
            data-autofocus
            {...form.getInputProps('code')}
          />
          <Checkbox
            label="Only for the partner's own audience"
            description="An order with the code counts only when its customer clicked one of the partner's links first; otherwise it is flagged as a leaked code."
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

/** The partner's promo codes with their validity. */
export function PartnerCodes({ partnerId }: { partnerId: string }) {
  const codes = useInfiniteQuery(codesQuery(partnerId));
  const [creating, setCreating] = useState(false);
  const rows = codes.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <PartnerSection
      id="partner-codes"
      title="Promo codes"
      actions={
        <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setCreating(true)}>
          Create code
        </Button>
      }
    >
      {codes.isPending ? (
        <LoadingState label="Loading promo codes…" rows={2} />
      ) : codes.isError ? (
        <ErrorState error={codes.error} onRetry={() => void codes.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No promo codes yet">
          A code credits the partner for orders that use it, even without a click.
        </EmptyState>
      ) : (
        <TableFrame label="Promo codes table" minWidth={560}>
          <Table verticalSpacing="xs" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Code</Table.Th>
                <Table.Th scope="col">Valid from</Table.Th>
                <Table.Th scope="col">Valid until</Table.Th>
                <Table.Th scope="col">Audience</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((code) => (
                <Table.Tr key={code.id}>
                  <Table.Td>
                    <Text size="sm" ff="monospace" fw={600}>
                      {code.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>{code.validFrom ? <DateTime value={code.validFrom} /> : 'Always'}</Table.Td>
                  <Table.Td>{code.validTo ? <DateTime value={code.validTo} /> : 'No end'}</Table.Td>
                  <Table.Td>
                    {code.exclusiveToAudience ? (
                      <Badge variant="light">Own audience only</Badge>
                    ) : (
                      <Text size="sm">Anyone</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      )}
      <ShowMore list={codes} />
      {creating ? <CreateCodeDialog partnerId={partnerId} onClose={() => setCreating(false)} /> : null}
    </PartnerSection>
  );
}
