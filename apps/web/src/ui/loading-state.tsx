import { Center, Loader, Skeleton, Stack, Text } from '@mantine/core';

/** Rows that stand in for a list while it loads (announced to screen readers once). */
export function LoadingState({ label = 'Loading…', rows = 4 }: { label?: string; rows?: number }) {
  return (
    <Stack gap="sm" aria-busy="true" aria-live="polite">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={36} radius="sm" />
      ))}
    </Stack>
  );
}

/** A whole-page wait (the session, a public page's brand). */
export function PageLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center mih="60vh" aria-busy="true">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text size="sm" c="dimmed" role="status">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
