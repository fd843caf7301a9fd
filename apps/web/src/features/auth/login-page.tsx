import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { homePath, safeNextPath, withoutBase } from '../../lib/navigation';
import { showApiErrorOnForm } from '../../ui/form-errors';
import { PageLoader } from '../../ui/loading-state';
import { useLogin, useSession } from './api';
import { AuthLayout } from './auth-layout';
import { useState } from 'react';
import { FormProblem } from '../../ui/form-problem';

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value) ? null : 'Enter the email address you were invited with'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  const next = params.get('next');
  const destination = (signedIn: Parameters<typeof homePath>[0]) =>
    next && safeNextPath(next) !== '/app/' ? withoutBase(safeNextPath(next)) : homePath(signedIn);

  if (session.isPending) return <PageLoader label="Checking your session…" />;
  if (session.data && !login.isPending) return <Navigate to={destination(session.data)} replace />;

  return (
    <AuthLayout
      title="Sign in"
      description="Brand managers, partners and operators sign in here."
      footer={<>Want to promote a brand? Ask it for its application link, or for an invite.</>}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setProblem(null);
          login.mutate(values, {
            onSuccess: (signedIn) => void navigate(destination(signedIn), { replace: true }),
            onError: (error) => {
              if (isApiError(error, 'invalid_credentials'))
                setProblem('That email and password do not match an account.');
              else if (isApiError(error, 'rate_limited')) setProblem(`${error.message} Wait a minute, then try again.`);
              else setProblem(showApiErrorOnForm(form, error));
            },
          });
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} title="You are not signed in" />
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Group justify="space-between" mt="xs">
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot your password?
            </Anchor>
            <Button type="submit" loading={login.isPending}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  );
}
