import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { useRequestPasswordReset } from './api';
import { AuthLayout } from './auth-layout';
import { FormProblem } from '../../ui/form-problem';

export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: (value) => (/^\S+@\S+\.\S+$/.test(value) ? null : 'Enter your email address') },
  });

  return (
    <AuthLayout
      title="Reset your password"
      description="We will email you a link to choose a new password. The link works once, for a limited time."
      footer={
        <Anchor component={Link} to="/login" size="sm">
          Back to sign in
        </Anchor>
      }
    >
      {request.isSuccess ? (
        <Alert color="brand" variant="light" role="status" title="Check your email">
          If an account uses {request.variables?.email}, a link to reset its password is on its way. It can take a
          minute to arrive; look in the spam folder too.
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setProblem(null);
            request.mutate(values, { onError: (error) => setProblem(showApiErrorOnForm(form, error)) });
          })}
        >
          <Stack gap="md">
            <FormProblem problem={problem} />
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              autoFocus
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={request.isPending} fullWidth>
              Email me a reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
