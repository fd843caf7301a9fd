import { Anchor, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Logo } from '../../ui/logo';

/** The frame of the signed-out pages: the logo, one card, and a way back to sign-in. */
export function AuthLayout({
  title,
  description,
  children,
  footer,
  width = 420,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  width?: number;
}) {
  useDocumentTitle(`${title} · Partnermix`);
  return (
    <Box bg="gray.0" mih="100vh" py={48} px="md" component="main">
      <Center>
        <Stack w="100%" maw={width} gap="lg">
          <Group justify="center">
            <Anchor component={Link} to="/" underline="never" aria-label="Partnermix home">
              <Logo />
            </Anchor>
          </Group>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Stack gap="xs" mb="lg">
              <Title order={1} fz="h2">
                {title}
              </Title>
              {description ? (
                <Text size="sm" c="dimmed">
                  {description}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Paper>
          {footer ? (
            <Text size="sm" ta="center" c="dimmed">
              {footer}
            </Text>
          ) : null}
        </Stack>
      </Center>
    </Box>
  );
}
