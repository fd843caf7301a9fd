import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import type { WebhookEvent } from '../../api/types';
import { AppModal } from '../../ui/app-modal';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { FormProblem } from '../../ui/form-problem';
import { useCreateWebhook } from './api';
import { SecretOnce } from './secret-once';
import { WEBHOOK_EVENT_OPTIONS } from './webhook-events';

/** Adds a webhook endpoint, then shows its signing secret the one time the API gives it. */
export function CreateWebhookDialog({ onClose }: { onClose: () => void }) {
  const create = useCreateWebhook();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { url: '', events: [] as WebhookEvent[] },
    validate: {
      url: (value) => (/^https?:\/\/\S+$/.test(value.trim()) ? null : 'Enter the URL events are posted to'),
      events: (value) => (value.length > 0 ? null : 'Pick at least one event'),
    },
  });

  if (create.data) {
    return (
      <AppModal title="Webhook added" onClose={onClose}>
        <Stack gap="md">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            Events are posted to {create.data.url}, signed with this secret (header X-Partnermix-Signature).
          </Text>
          <SecretOnce label="Signing secret" value={create.data.secret} what="signing secret" />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={`/console/settings/webhooks/${create.data.id}`}>
              Open its delivery log
            </Button>
            <Button onClick={onClose}>I have stored it</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }

  return (
    <AppModal title="Add a webhook" onClose={onClose} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          create.mutate(
            { url: values.url.trim(), events: values.events },
            { onError: (error) => setProblem(showApiErrorOnForm(form, error)) },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <TextInput
            label="Endpoint URL"
            description="An https address of your server; events are POSTed to it as JSON."
            placeholder="https://hooks.example.com/partnermix"
            required
            data-autofocus
            {...form.getInputProps('url')}
          />
          <Checkbox.Group label="Events" required {...form.getInputProps('events')}>
            <Stack gap="xs" mt="xs">
              {WEBHOOK_EVENT_OPTIONS.map((option) => (
                <Checkbox key={option.value} value={option.value} label={option.label} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add webhook
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
