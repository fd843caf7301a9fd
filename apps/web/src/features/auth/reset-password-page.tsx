import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { useConfirmPasswordReset } from './api';
import { AuthLayout } from './auth-layout';
import { checkNewPassword, PASSWORD_HINT } from './password-rules';
import { FormProblem } from '../../ui/form-problem';

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', repeat: '' },
    validate: {
      password: checkNewPassword,
      repeat: (value, values) => (value === values.password ? null : 'The two passwords differ'),
    },
  });

  const backToLogin = (
    <Anchor component={Link} to="/login" size="sm">
      Back to sign in
    </Anchor>
  );

  if (!token) {
    return (
      <AuthLayout title="Choose a new password" footer={backToLogin}>
        <Alert color="red" variant="light" role="alert" title="This link is incomplete">
          The reset link has no token. Open the link from the email again, or{' '}
          <Anchor component={Link} to="/forgot-password">
            ask for a new one
          </Anchor>
          .
        </Alert>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Choose a new password" description={PASSWORD_HINT} footer={backToLogin}>
      {confirm.isSuccess ? (
        <Stack>
          <Alert color="brand" variant="light" role="status" title="Your password is changed">
            Sign in with the new password.
          </Alert>
          <Button component={Link} to="/login">
            Sign in
          </Button>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit(({ password }) => {
            setProblem(null);
            confirm.mutate({ token, password }, { onError: (error) => setProblem(showApiErrorOnForm(form, error)) });
          })}
        >
          <Stack gap="md">
            <FormProblem problem={problem}>
              <Anchor component={Link} to="/forgot-password" size="sm">
                Ask for a new link
              </Anchor>
            </FormProblem>
            <PasswordInput
              label="New password"
              autoComplete="new-password"
              required
              autoFocus
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <PasswordInput
              label="Repeat the new password"
              autoComplete="new-password"
              required
              key={form.key('repeat')}
              {...form.getInputProps('repeat')}
            />
            <Button type="submit" loading={confirm.isPending} fullWidth>
              Save the new password
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
