import { Button, Code, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useLocation } from 'react-router';
import { Logo } from './logo';

/**
 * Any address the app does not know: a page of its own, or (`inShell`) the content of a signed-in
 * area's shell, which already has the logo and the page's one `<main>`.
 */
export function NotFoundPage({ inShell = false }: { inShell?: boolean }) {
  const location = useLocation();
  useDocumentTitle('Page not found · Partnermix');
  return (
    <Stack
      align="center"
      justify="center"
      mih={inShell ? undefined : '100vh'}
      py={inShell ? 64 : undefined}
      gap="md"
      p="md"
      ta="center"
      component={inShell ? 'section' : 'main'}
    >
      {inShell ? null : <Logo />}
      <Text fw={700} c="brand.8" fz={48} lh={1}>
        404
      </Text>
      <Title order={1} fz="h2">
        This page does not exist
      </Title>
      <Text c="dimmed" maw={460}>
        Nothing lives at <Code>/app{location.pathname}</Code>. The link may be old or mistyped.
      </Text>
      <Button component={Link} to="/">
        Go to your home page
      </Button>
    </Stack>
  );
}
