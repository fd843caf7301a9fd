import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { ApplicationResponse } from '../../api/types';
import {
  defaultRoleFor,
  FUNNEL_ROLES,
  funnelRoleLabel,
  type FunnelRole,
  PARTNER_TYPES,
  type PartnerType,
  partnerTypeLabel,
} from '../../lib/partner-kinds';
import { AppModal } from '../../ui/app-modal';
import { InviteLink } from '../../ui/invite-link';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { useApproveApplication, useRejectApplication } from './api';
import { FormProblem } from '../../ui/form-problem';

const TYPE_OPTIONS = PARTNER_TYPES.map((type) => ({ value: type, label: partnerTypeLabel(type) }));
const ROLE_OPTIONS = FUNNEL_ROLES.map((role) => ({ value: role, label: funnelRoleLabel(role) }));

/** Approve: confirm the partner's type and funnel role; the answer's invite link is shown to copy. */
export function ApproveDialog({ application, onClose }: { application: ApplicationResponse; onClose: () => void }) {
  const approve = useApproveApplication();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      type: application.type as PartnerType,
      role: (application.role ?? defaultRoleFor(application.type) ?? 'awareness') as FunnelRole,
    },
  });
  return (
    <AppModal onClose={onClose} title={`Approve ${application.name}`}>
      {approve.data ? (
        <Stack>
          <Alert color="brand" variant="light" role="status" title="Approved: the partner is created">
            {approve.data.invite
              ? `${application.name} was invited to the partner portal at ${application.email}.`
              : `The partner was created, but no invite could be made: ${approve.data.inviteError ?? 'the API did not say why'}. Invite ${application.email} from Team.`}
          </Alert>
          {approve.data.invite ? (
            <InviteLink acceptUrl={approve.data.invite.acceptUrl} mail={approve.data.invite.mail} />
          ) : null}
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setProblem(null);
            approve.mutate(
              { id: application.id, ...values },
              { onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
            );
          })}
        >
          <Stack gap="md">
            <Text size="sm">
              This creates the partner in your program and invites {application.email} to the partner portal.
            </Text>
            <FormProblem problem={problem} />
            <Select label="Partner type" data={TYPE_OPTIONS} allowDeselect={false} {...form.getInputProps('type')} />
            <Select
              label="Funnel role"
              description="Commission rules and reports group partners by the role they play."
              data={ROLE_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={approve.isPending}>
                Approve and invite
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}

/** Reject with a reason (kept with the application). */
export function RejectDialog({ application, onClose }: { application: ApplicationResponse; onClose: () => void }) {
  const reject = useRejectApplication();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : 'Say why, in a sentence') },
  });
  return (
    <AppModal onClose={onClose} title={`Reject ${application.name}`}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ reason }) => {
          setProblem(null);
          reject.mutate(
            { id: application.id, reason: reason.trim() },
            { onSuccess: onClose, onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <Textarea
            label="Reason"
            description="Kept with the application, for your team."
            autosize
            minRows={3}
            required
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={reject.isPending}>
              Reject application
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
