import { Button, Container, Group, Stack, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorState } from '../ui/error-state';
import { Logo } from '../ui/logo';
import { NotFoundPage } from '../ui/not-found-page';

/** The error boundary of every route: the API's message when the API said no, a way out always. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Container size={640} py={64} component="main">
      <Stack gap="lg">
        <Logo />
        <Title order={1} fz="h2">
          This page ran into a problem
        </Title>
        <ErrorState error={error} title="What went wrong" />
        <Group>
          <Button onClick={() => window.location.reload()}>Reload the page</Button>
          <Button component={Link} to="/" variant="default">
            Go to your home page
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
