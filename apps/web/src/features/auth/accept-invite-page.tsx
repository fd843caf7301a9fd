import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { homePath } from '../../lib/navigation';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { DateTime } from '../../ui/date-time';
import { PageLoader } from '../../ui/loading-state';
import { useAcceptInvite, useInvitePreview } from './api';
import { AuthLayout } from './auth-layout';
import { checkNewPassword, PASSWORD_HINT } from './password-rules';
import { FormProblem } from '../../ui/form-problem';

const ROLE_WORDS = { brand_manager: 'manage the partner program of', partner: 'promote' } as const;

export function AcceptInvitePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const invite = useInvitePreview(token);
  const accept = useAcceptInvite();
  const [problem, setProblem] = useState<string | null>(null);
  const existing = invite.data?.existingUser ?? false;
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', password: '' },
    validate: {
      name: (value) => (existing || value.trim() ? null : 'Enter your name'),
      password: (value) => (existing ? (value ? null : 'Enter your password') : checkNewPassword(value)),
    },
  });

  const footer = (
    <Anchor component={Link} to="/login" size="sm">
      Already have an account? Sign in
    </Anchor>
  );

  if (!token || invite.isError) {
    return (
      <AuthLayout title="Accept your invite" footer={footer}>
        <Alert color="red" variant="light" role="alert" title="This invite cannot be used">
          {token ? errorMessage(invite.error) : 'The link has no invite token. Open the link from the email again.'}{' '}
          Invites work once and for 7 days; ask the person who invited you for a new one.
        </Alert>
      </AuthLayout>
    );
  }
  if (invite.isPending) return <PageLoader label="Opening your invite…" />;
  const { email, role, brandName } = invite.data;

  return (
    <AuthLayout
      title={`Join ${brandName} on Partnermix`}
      description={
        <>
          You were invited as <b>{email}</b> to {ROLE_WORDS[role] ?? 'join'} {brandName}.{' '}
          {existing ? 'Sign in with your password to add it to your account.' : 'Choose your name and a password.'}
        </>
      }
      footer={footer}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          accept.mutate(
            { token, password: values.password, ...(existing ? {} : { name: values.name.trim() }) },
            {
              onSuccess: (session) => void navigate(homePath(session), { replace: true }),
              onError: (error) => setProblem(showApiErrorOnForm(form, error)),
            },
          );
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} />
          <TextInput label="Email" value={email} readOnly disabled />
          {existing ? null : (
            <TextInput
              label="Your name"
              autoComplete="name"
              required
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
          )}
          <PasswordInput
            label={existing ? 'Your password' : 'Choose a password'}
            description={existing ? undefined : PASSWORD_HINT}
            autoComplete={existing ? 'current-password' : 'new-password'}
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={accept.isPending} fullWidth>
            Accept and continue
          </Button>
          <Text size="xs" c="dimmed">
            The invite expires <DateTime value={invite.data.expiresAt} />.
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
