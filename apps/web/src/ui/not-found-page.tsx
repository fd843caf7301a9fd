import { Button, Code, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useLocation } from 'react-router';
import { Logo } from './logo';

/** Any address the app does not know. */
export function NotFoundPage() {
  const location = useLocation();
  useDocumentTitle('Page not found · Partnermix');
  return (
    <Stack align="center" justify="center" mih="100vh" gap="md" p="md" ta="center" component="main">
      <Logo />
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
